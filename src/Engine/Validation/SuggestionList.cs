namespace Graph.Engine.Validation;

/// <summary>
/// The "Did you mean …?" machinery of graphql-js (suggestionList, didYouMean, orList,
/// naturalCompare), reproduced so messages read exactly alike.
/// </summary>
public static class SuggestionList
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close enough to <paramref name="input"/> (Damerau-Levenshtein distance within
    /// 40% of its length, a case change counting as one edit), closest first, then in natural order.
    /// </summary>
    public static List<string> For(string input, IEnumerable<string> options)
    {
        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var measured = distance.Measure(option, threshold);
            if (measured is { } value)
            {
                found.Add((option, value));
            }
        }

        JsArraySort.Sort(found, (a, b) =>
        {
            var byDistance = a.Distance - b.Distance;
            return byDistance != 0 ? byDistance : NaturalCompare(a.Option, b.Option);
        });

        var result = new List<string>(found.Count);
        foreach (var item in found)
        {
            result.Add(item.Option);
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five), or "" when there are no suggestions.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subMessage} "a" or "b"?", or "" when there are no suggestions.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean ";
        if (subMessage is not null)
        {
            message += subMessage + " ";
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        var quoted = new string[count];
        for (var i = 0; i < count; i++)
        {
            quoted[i] = "\"" + suggestions[i] + "\"";
        }

        return message + OrList(quoted) + "?";
    }

    /// <summary>"a", "a or b", "a, b, or c".</summary>
    public static string OrList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => throw new ArgumentException("At least one item is required.", nameof(items)),
        1 => items[0],
        2 => items[0] + " or " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
    };

    /// <summary>Orders strings so that runs of digits compare by numeric value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : '\0';
                }
                while (IsDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : '\0';
                }
                while (IsDigit(bChar) && bNum > 0);

                if (aNum < bNum)
                {
                    return -1;
                }

                if (aNum > bNum)
                {
                    return 1;
                }
            }
            else
            {
                if (aChar < bChar)
                {
                    return -1;
                }

                if (aChar > bChar)
                {
                    return 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Optimal string alignment distance with an early exit past the threshold.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _input = input;
        private readonly string _inputLowerCase = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int? Measure(string option, int threshold)
        {
            if (_input == option)
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();
            if (_inputLowerCase == optionLowerCase)
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold)
            {
                return null;
            }

            var rows = _rows;
            for (var j = 0; j <= bLength; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                        currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                    }

                    if (currentCell < smallestCell)
                    {
                        smallestCell = currentCell;
                    }

                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return null;
                }
            }

            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : null;
        }
    }
}
