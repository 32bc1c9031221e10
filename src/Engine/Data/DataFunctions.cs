namespace Graph.Engine.Data;

/// <summary>In-memory stand-ins for database functions, for LINQ to objects.</summary>
public static class DataFunctions
{
    /// <summary>Case-insensitive LIKE with <c>\</c> as escape character (PostgreSQL's ILIKE semantics).</summary>
    public static bool ILike(string? text, string? pattern)
    {
        if (text is null || pattern is null)
        {
            return false;
        }

        return Match(text.AsSpan(), pattern.AsSpan());
    }

    private static bool Match(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern)
    {
        while (pattern.Length > 0)
        {
            var c = pattern[0];
            if (c == '%')
            {
                var rest = pattern[1..];
                for (var i = 0; i <= text.Length; i++)
                {
                    if (Match(text[i..], rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (text.Length == 0)
            {
                return false;
            }

            if (c == '_')
            {
                text = text[1..];
                pattern = pattern[1..];
                continue;
            }

            if (c == '\\' && pattern.Length > 1)
            {
                c = pattern[1];
                pattern = pattern[1..];
            }

            if (char.ToUpperInvariant(c) != char.ToUpperInvariant(text[0]))
            {
                return false;
            }

            text = text[1..];
            pattern = pattern[1..];
        }

        return text.Length == 0;
    }
}
