using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>How messages quote type references and literals (graphql-js's print / printForError).</summary>
internal static class ErrorPrinter
{
    public static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => string.Empty,
    };

    public static string PrintValue(ValueNode value) => Printer.Print(value);
}
