using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>Renders runtime values and literals inside error messages the way graphql-js does.</summary>
internal static class Inspect
{
    /// <summary>graphql-js's <c>inspect</c> of a runtime value.</summary>
    public static string Value(object? value) => ValueInspector.Inspect(value);

    /// <summary>graphql-js's <c>printForError</c> of a literal.</summary>
    public static string Literal(ValueNode node) => Printer.Print(node);
}
