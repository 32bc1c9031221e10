using System.Text;

namespace Graph.Testing.Snapshots;

/// <summary>A unified-style line diff (longest common subsequence) showing changed lines with a little context.</summary>
public static class LineDiff
{
    private const int Context = 2;

    public static string Format(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var edits = Edits(a, b);

        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            var near = false;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(edits.Count - 1, i + Context); j++)
                near |= edits[j].Kind != ' ';
            if (!near)
                continue;
            if (lastPrinted >= 0 && i > lastPrinted + 1)
                output.AppendLine("  …");
            output.Append(edits[i].Kind).Append(' ').AppendLine(edits[i].Line);
            lastPrinted = i;
        }

        return output.ToString().TrimEnd('\n');
    }

    private static List<(char Kind, string Line)> Edits(string[] a, string[] b)
    {
        // lengths[i, j]: longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                edits.Add(('-', a[x++]));
            }
            else
            {
                edits.Add(('+', b[y++]));
            }
        }

        return edits;
    }
}
