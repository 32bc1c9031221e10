using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// The printing helpers the type system takes from the language layer (value literals, strings, block
/// strings), kept behind one seam so schema printing and coercion messages print identically.
/// </summary>
internal static class SdlText
{
    /// <summary>graphql-js <c>print</c> of a value literal.</summary>
    public static string Print(ValueNode node) => Printer.Print(node);

    /// <summary>graphql-js <c>printString</c>.</summary>
    public static string PrintString(string value) => StringPrinter.PrintString(value);

    /// <summary>graphql-js <c>printBlockString</c>.</summary>
    public static string PrintBlockString(string value) => BlockString.Print(value);

    /// <summary>graphql-js <c>isPrintableAsBlockString</c>.</summary>
    public static bool IsPrintableAsBlockString(string value) => BlockString.IsPrintableAsBlockString(value);
}
