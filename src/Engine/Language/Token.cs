namespace Graph.Engine.Language;

/// <summary>
/// One lexical token: its kind, its character range [Start, End) in the source, the 1-based line and
/// column of Start, and its value (names, numbers and comments as written; strings cooked).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value = null)
{
    /// <summary>The description graphql-js gives a token in errors, e.g. <c>Name "x"</c> or <c>"}"</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public override string ToString() => Describe();
}
