using System.Text;
using static Graph.Engine.Language.CharacterClasses;

namespace Graph.Engine.Language;

/// <summary>Block strings (§2.9.4): the BlockStringValue() dedent and graphql-js's printBlockString.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) (§2.9.4) on a raw block string whose \""" escapes are already
    /// replaced: split into lines, remove the common indentation and leading/trailing blank lines.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return string.Join('\n', DedentLines(SplitLines(rawValue)));
    }

    /// <summary>
    /// The line part of BlockStringValue(): the common indentation (over all lines but the first that are
    /// not only white space) is removed from every line but the first, then the blank lines at the start
    /// and the end are dropped. Same as graphql-js's dedentBlockStringLines.
    /// </summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return [];
        }

        var result = new string[lastNonEmptyLine - firstNonEmptyLine + 1];
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result[i - firstNonEmptyLine] = i == 0 || commonIndent == 0 ? line : line[Math.Min(commonIndent, line.Length)..];
        }

        return result;
    }

    /// <summary>
    /// Whether printing <paramref name="value"/> as a block string and reading it back gives the same
    /// value (no control characters or \r, no leading blank line, not all lines indented, …).
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;

        foreach (var c in value)
        {
            switch (c)
            {
                case (char)0x00:
                case (char)0x01:
                case (char)0x02:
                case (char)0x03:
                case (char)0x04:
                case (char)0x05:
                case (char)0x06:
                case (char)0x07:
                case (char)0x08:
                case (char)0x0B:
                case (char)0x0C:
                case (char)0x0E:
                case (char)0x0F:
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>
    /// A block string literal for <paramref name="value"/>, as graphql-js's printBlockString: multi-line
    /// (quotes on their own lines) unless it is a short single line, or on one line when <paramref name="minimize"/>.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        var lineCount = 1;
        var forceLeadingNewLine = true;
        for (var i = 0; i < escapedValue.Length; i++)
        {
            var c = escapedValue[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            if (c == '\r' && i + 1 < escapedValue.Length && escapedValue[i + 1] == '\n')
            {
                i++;
            }

            lineCount++;
            var next = i + 1 < escapedValue.Length ? escapedValue[i + 1] : '\n';
            if (next != '\n' && next != '\r' && !IsWhiteSpace(next))
            {
                forceLeadingNewLine = false;
            }
        }

        var isSingleLine = lineCount == 1;
        forceLeadingNewLine &= lineCount > 1;
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escapedValue.Length + 8);
        result.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static List<string> SplitLines(string value)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(value[start..i]);
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(value[start..]);
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
