using System.Text;

namespace Graph.Engine.Tests.Conformance;

/// <summary>Hostile documents: deeply nested, huge, and random mutations of the corpus (fixed seed).</summary>
internal static class RobustnessDocuments
{
    public const int Depth = 100_000;

    public static IEnumerable<(string Name, string Document)> Deep()
    {
        yield return ("unclosed selection sets", "query " + Repeat("{a", Depth));
        yield return ("closed selection sets", Repeat("{a", Depth) + Repeat("}", Depth));
        yield return ("closed selection sets on a real field", "{ nested " + Repeat("{ child ", Depth) + "{ value }" + Repeat("}", Depth) + " }");
        yield return ("unclosed list values", "{ echo { echoList(value: " + Repeat("[", Depth) + ") } }");
        yield return ("closed list values", "{ echo { echoList(value: " + Repeat("[", Depth) + Repeat("]", Depth) + ") } }");
        yield return ("nested object values", "{ echo { echoJson(value: " + Repeat("{a: ", Depth) + "1" + Repeat("}", Depth) + ") } }");
        yield return ("nested list types", "query ($v: " + Repeat("[", Depth) + "Int" + Repeat("]", Depth) + ") { hello }");
        yield return ("unclosed list types", "query ($v: " + Repeat("[", Depth) + "Int) { hello }");
        yield return ("nested inline fragments", "{ " + Repeat("... on Query { ", Depth) + "hello" + Repeat(" }", Depth) + " }");
        yield return ("nested list types in SDL", "type T { f: " + Repeat("[", Depth) + "Int" + Repeat("]", Depth) + " }");
        yield return ("long fragment chain", FragmentChain(5_000));
        yield return ("deep introspection", "{ __schema { types { " + Repeat("fields { type { ", 2_000) + "name" + Repeat(" } }", 2_000) + " } } }");
    }

    public static IEnumerable<(string Name, string Document)> Huge()
    {
        var aliases = new StringBuilder("{ ");
        for (var i = 0; aliases.Length < 3_000_000; i++)
        {
            aliases.Append('a').Append(i).Append(": hello ");
        }

        yield return ("3 MB of aliases", aliases.Append('}').ToString());
        yield return ("2 MB string literal", "{ echo { echoString(value: \"" + new string('x', 2_000_000) + "\") } }");
        yield return ("2 MB block string", "{ echo { echoString(value: \"\"\"" + Repeat("line \n", 330_000) + "\"\"\") } }");
        yield return ("100,000 arguments", "{ echo { echoInt(" + Repeat("value: 1, ", 100_000) + ") } }");
        yield return ("2,000 identical fields", "{ " + Repeat("hello ", 2_000) + "}");
        yield return ("2,000 identical nested fields", "{ " + Repeat("dog { name owner { name } } ", 2_000) + "}");
        yield return ("50,000 variables", "query (" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"$v{i}: Int ")) + ") { hello }");
        yield return ("1 MB of comments", Repeat("# comment line\n", 70_000) + "{ hello }");
        yield return ("100,000 list items", "{ echo { echoList(value: [" + Repeat("1, ", 100_000) + "]) } }");
        yield return ("10,000 fragments", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"fragment F{i} on Query {{ hello }} ")) + "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"...F{i} ")) + "}");
    }

    /// <summary>Corpus documents cut, spliced, duplicated and sprinkled with punctuation (seeded, so failures repeat).</summary>
    public static IEnumerable<(string Name, string Document)> Mutated(int count, int seed = 20240611)
    {
        var sources = Corpus.Categories().SelectMany(Corpus.Load).Select(entry => entry.Document).Where(d => d.Length > 0).ToArray();
        var random = new Random(seed);
        const string noise = "{}[]()!$@:=|&.\"\\#,\n\t0123456789e-+ abcXYZ\u00e9\u2028\ud83d\ude00\u0000\u0007\ufeff";
        for (var i = 0; i < count; i++)
        {
            var document = new StringBuilder(sources[random.Next(sources.Length)]);
            var operations = 1 + random.Next(4);
            var applied = new List<string>();
            for (var op = 0; op < operations; op++)
            {
                var position = random.Next(document.Length + 1);
                switch (random.Next(7))
                {
                    case 0:
                        var length = Math.Min(document.Length - position, 1 + random.Next(12));
                        document.Remove(position, length);
                        applied.Add($"delete {length}@{position}");
                        break;
                    case 1:
                        var ch = noise[random.Next(noise.Length)];
                        document.Insert(position, ch);
                        applied.Add($"insert U+{(int)ch:X4}@{position}");
                        break;
                    case 2:
                        var other = sources[random.Next(sources.Length)];
                        var start = random.Next(other.Length);
                        var piece = other.Substring(start, Math.Min(other.Length - start, 1 + random.Next(40)));
                        document.Insert(position, piece);
                        applied.Add($"splice {piece.Length}@{position}");
                        break;
                    case 3:
                        document.Length = position;
                        applied.Add($"truncate@{position}");
                        break;
                    case 4:
                        var text = document.ToString();
                        var from = random.Next(text.Length + 1);
                        var segment = text.Substring(from, Math.Min(text.Length - from, 1 + random.Next(30)));
                        document.Insert(position, Repeat(segment, 1 + random.Next(20)));
                        applied.Add($"repeat {segment.Length}@{position}");
                        break;
                    case 5:
                        if (position < document.Length)
                        {
                            document[position] = noise[random.Next(noise.Length)];
                            applied.Add($"replace@{position}");
                        }

                        break;
                    default:
                        document.Insert(position, Repeat("{", 1 + random.Next(200)));
                        applied.Add($"open braces@{position}");
                        break;
                }
            }

            yield return ($"mutation {i} ({string.Join(", ", applied)})", document.ToString());
        }
    }

    private static string FragmentChain(int length)
    {
        var text = new StringBuilder("{ ...F0 } ");
        for (var i = 0; i < length; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Query { hello ...F").Append(i + 1).Append(" } ");
        }

        return text.Append("fragment F").Append(length).Append(" on Query { hello }").ToString();
    }

    private static string Repeat(string text, int times)
    {
        var builder = new StringBuilder(text.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}
