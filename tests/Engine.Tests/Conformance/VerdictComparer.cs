using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// Compares our verdict on one document with graphql-js's. Both are JSON of the oracle's shape:
/// <c>{ name, parse: { ok, message?, locations? }, validation?: [error], execution?: { result } | { events } }</c>.
/// </summary>
internal sealed class VerdictComparer
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>Differences in verdict, error count, locations or execution result: these fail the category.</summary>
    public List<string> Mismatches { get; } = [];

    /// <summary>Parse and validation messages that differ while verdict, count and locations agree.</summary>
    public List<string> MessageMismatches { get; } = [];

    /// <summary>Documents that parse but that our Printer prints otherwise than graphql-js's print.</summary>
    public List<string> PrintMismatches { get; } = [];

    /// <summary>Documents whose errors agree as a set but come in another order than graphql-js's (not a failure).</summary>
    public List<string> OrderDifferences { get; } = [];

    public int Compared { get; private set; }

    public void Compare(string name, JsonObject theirs, JsonObject ours)
    {
        Compared++;
        var theirParse = theirs["parse"]!.AsObject();
        var ourParse = ours["parse"]!.AsObject();
        var theirOk = theirParse["ok"]!.GetValue<bool>();
        if (theirOk != ourParse["ok"]!.GetValue<bool>())
        {
            Mismatches.Add(Describe(name, "parse verdict", ourParse, theirParse));
            return;
        }

        if (!theirOk)
        {
            if (!SameJson(theirParse["locations"], ourParse["locations"]))
            {
                Mismatches.Add(Describe(name, "syntax error location", ourParse, theirParse));
            }

            if (!SameJson(theirParse["message"], ourParse["message"]))
            {
                MessageMismatches.Add(Describe(name, "syntax error message", ourParse["message"], theirParse["message"]));
            }

            return;
        }

        if (!SameJson(theirs["printed"], ours["printed"]))
        {
            PrintMismatches.Add(Describe(name, "printed document", ours["printed"], theirs["printed"]));
        }

        var theirErrors = theirs["validation"]!.AsArray();
        var ourErrors = ours["validation"]!.AsArray();
        if (theirErrors.Count != ourErrors.Count)
        {
            Mismatches.Add(Describe(name, $"validation error count {ourErrors.Count} vs {theirErrors.Count}", ourErrors, theirErrors));
            return;
        }

        if (theirErrors.Count > 0)
        {
            if (!SameSorted(theirErrors, ourErrors, error => Json(error!["locations"])))
            {
                Mismatches.Add(Describe(name, "validation error locations", ourErrors, theirErrors));
            }
            else if (!SameSorted(theirErrors, ourErrors, error => Json(error!["locations"]) + Json(error!["message"])))
            {
                MessageMismatches.Add(Describe(name, "validation messages", ourErrors, theirErrors));
            }
            else if (!SameJson(theirErrors, ourErrors))
            {
                OrderDifferences.Add($"  [{name}] validation errors in another order");
            }

            return;
        }

        var theirExecution = Normalize(theirs["execution"]);
        var ourExecution = Normalize(ours["execution"]);
        if (!SameJson(theirExecution, ourExecution))
        {
            Mismatches.Add(Describe(name, "execution result", ourExecution, theirExecution));
        }
        else if (!SameJson(theirs["execution"], ours["execution"]))
        {
            OrderDifferences.Add($"  [{name}] execution errors in another order");
        }
    }

    public string Report(string category)
    {
        var text = new StringBuilder();
        text.Append(category).Append(": ").Append(Compared).Append(" documents, ")
            .Append(Mismatches.Count).Append(" mismatches, ")
            .Append(MessageMismatches.Count).Append(" message-only differences, ")
            .Append(OrderDifferences.Count).Append(" with errors in another order\n");
        foreach (var mismatch in Mismatches)
        {
            text.Append(mismatch).Append('\n');
        }

        foreach (var difference in OrderDifferences)
        {
            text.Append(difference).Append('\n');
        }

        return text.ToString();
    }

    public string PrintReport(string category)
    {
        var text = new StringBuilder();
        text.Append(category).Append(": ").Append(PrintMismatches.Count).Append(" of ").Append(Compared)
            .Append(" documents printed otherwise than graphql-js's print\n");
        foreach (var mismatch in PrintMismatches)
        {
            text.Append(mismatch).Append('\n');
        }

        return text.ToString();
    }

    public string MessageReport(string category)
    {
        var text = new StringBuilder();
        text.Append(category).Append(": ").Append(MessageMismatches.Count).Append(" of ").Append(Compared)
            .Append(" documents with parse/validation messages that differ from graphql-js\n");
        foreach (var mismatch in MessageMismatches)
        {
            text.Append(mismatch).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Errors of a result are compared as a set (ordered by path, message, locations): graphql-js's order
    /// follows its own scheduling. Data is compared in order, as the response's field order is specified.
    /// </summary>
    private static JsonNode? Normalize(JsonNode? execution)
    {
        if (execution is null)
        {
            return null;
        }

        var copy = execution.DeepClone().AsObject();
        if (copy["result"] is JsonObject result)
        {
            SortErrors(result);
        }

        if (copy["events"] is JsonArray events)
        {
            foreach (var item in events)
            {
                SortErrors(item!.AsObject());
            }
        }

        return copy;
    }

    private static void SortErrors(JsonObject result)
    {
        if (result["errors"] is not JsonArray errors)
        {
            return;
        }

        var sorted = errors.Select(error => error!.DeepClone())
            .OrderBy(error => Json(error["path"]), StringComparer.Ordinal)
            .ThenBy(error => Json(error["message"]), StringComparer.Ordinal)
            .ThenBy(error => Json(error["locations"]), StringComparer.Ordinal)
            .ToArray();
        result["errors"] = new JsonArray(sorted);
    }

    private static bool SameSorted(JsonArray theirs, JsonArray ours, Func<JsonNode?, string> key) =>
        theirs.Select(key).Order(StringComparer.Ordinal).SequenceEqual(ours.Select(key).Order(StringComparer.Ordinal));

    /// <summary>
    /// Deep equality with numbers compared by value. Object members are compared in order inside <c>data</c>
    /// (a response's field order is specified) and as sets elsewhere.
    /// </summary>
    public static bool SameJson(JsonNode? a, JsonNode? b, bool ordered = false)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        switch (a)
        {
            case JsonObject objectA when b is JsonObject objectB:
                if (objectA.Count != objectB.Count)
                {
                    return false;
                }

                if (ordered)
                {
                    using var left = objectA.GetEnumerator();
                    using var right = objectB.GetEnumerator();
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (left.Current.Key != right.Current.Key || !SameJson(left.Current.Value, right.Current.Value, ordered: true))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                foreach (var (key, value) in objectA)
                {
                    if (!objectB.TryGetPropertyValue(key, out var other) || !SameJson(value, other, ordered: key == "data"))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray arrayA when b is JsonArray arrayB:
                if (arrayA.Count != arrayB.Count)
                {
                    return false;
                }

                for (var i = 0; i < arrayA.Count; i++)
                {
                    if (!SameJson(arrayA[i], arrayB[i], ordered))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValue valueA when b is JsonValue valueB:
                var elementA = JsonSerializer.SerializeToElement(valueA);
                var elementB = JsonSerializer.SerializeToElement(valueB);
                if (elementA.ValueKind == JsonValueKind.Number && elementB.ValueKind == JsonValueKind.Number)
                {
                    return elementA.GetDouble().Equals(elementB.GetDouble());
                }

                if (elementA.ValueKind == JsonValueKind.String && elementB.ValueKind == JsonValueKind.String)
                {
                    return elementA.GetString() == elementB.GetString();
                }

                return elementA.ValueKind == elementB.ValueKind;
            default:
                return false;
        }
    }

    private static string Json(JsonNode? node) => node is null ? "null" : node.ToJsonString(Compact);

    private static string Describe(string name, string what, JsonNode? ours, JsonNode? theirs) =>
        $"  [{name}] {what}\n    ours:   {Truncate(Json(ours))}\n    theirs: {Truncate(Json(theirs))}";

    private static string Truncate(string text) => text.Length <= 1500 ? text : text[..1500] + "…";
}
