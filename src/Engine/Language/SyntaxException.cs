namespace Graph.Engine.Language;

/// <summary>
/// A document that does not follow the grammar (§2), or exceeds a <see cref="ParserOptions"/> bound.
/// The message is graphql-js's ("Syntax Error: …"), with the line and column of the offending position
/// and <c>extensions.code</c> "SYNTAX_ERROR".
/// </summary>
public sealed class SyntaxException : GraphQLException
{
    public const string Code = "SYNTAX_ERROR";

    public SyntaxException(string source, int position, string description)
        : base(CreateError(source, position, description))
    {
        Position = position;
        Description = description;
    }

    /// <summary>The character offset the error is reported at.</summary>
    public int Position { get; }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Line and column (1-based) of <see cref="Position"/>.</summary>
    public Location Location => Errors[0].Locations[0];

    /// <summary>
    /// The 1-based line and column of a position, counting "\r\n", "\r" and "\n" as line ends
    /// like graphql-js's getLocation.
    /// </summary>
    public static Location GetLocation(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        var limit = Math.Min(position, source.Length);
        for (var i = 0; i < limit; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new Location(position, position, line, position + 1 - lineStart);
    }

    private static GraphQLError CreateError(string source, int position, string description) =>
        new(
            "Syntax Error: " + description,
            [GetLocation(source, position)],
            extensions: new Dictionary<string, object?> { ["code"] = Code });
}
