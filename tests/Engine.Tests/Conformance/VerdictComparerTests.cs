using System.Text.Json.Nodes;

namespace Graph.Engine.Tests.Conformance;

/// <summary>The comparison itself must notice every kind of difference it is meant to catch.</summary>
public sealed class VerdictComparerTests
{
    private static JsonObject Verdict(string json) => JsonNode.Parse(json)!.AsObject();

    private static VerdictComparer Compare(string theirs, string ours)
    {
        var comparer = new VerdictComparer();
        comparer.Compare("doc", Verdict(theirs), Verdict(ours));
        return comparer;
    }

    [Fact]
    public void Equal_verdicts_pass()
    {
        const string verdict = """{"parse":{"ok":true},"validation":[],"execution":{"result":{"errors":[{"message":"m","locations":[{"line":1,"column":3}],"path":["a",0]}],"data":{"a":[null],"b":1.5}}}}""";
        var comparer = Compare(verdict, verdict);
        Assert.Empty(comparer.Mismatches);
        Assert.Empty(comparer.MessageMismatches);
    }

    [Fact]
    public void Parse_verdict_and_location_differences_are_mismatches()
    {
        Assert.Single(Compare("""{"parse":{"ok":true},"validation":[]}""", """{"parse":{"ok":false,"message":"x","locations":[{"line":1,"column":1}]}}""").Mismatches);
        var location = Compare(
            """{"parse":{"ok":false,"message":"x","locations":[{"line":1,"column":2}]}}""",
            """{"parse":{"ok":false,"message":"x","locations":[{"line":1,"column":1}]}}""");
        Assert.Single(location.Mismatches);
    }

    [Fact]
    public void A_different_message_alone_is_a_message_mismatch()
    {
        var comparer = Compare(
            """{"parse":{"ok":true},"validation":[{"message":"a","locations":[{"line":1,"column":2}]}]}""",
            """{"parse":{"ok":true},"validation":[{"message":"b","locations":[{"line":1,"column":2}]}]}""");
        Assert.Empty(comparer.Mismatches);
        Assert.Single(comparer.MessageMismatches);
    }

    [Fact]
    public void Validation_count_and_locations_are_compared_regardless_of_order()
    {
        const string theirs = """{"parse":{"ok":true},"validation":[{"message":"a","locations":[{"line":1,"column":2}]},{"message":"b","locations":[{"line":2,"column":1}]}]}""";
        const string reordered = """{"parse":{"ok":true},"validation":[{"message":"b","locations":[{"line":2,"column":1}]},{"message":"a","locations":[{"line":1,"column":2}]}]}""";
        Assert.Empty(Compare(theirs, reordered).Mismatches);
        Assert.Single(Compare(theirs, """{"parse":{"ok":true},"validation":[{"message":"a","locations":[{"line":1,"column":2}]}]}""").Mismatches);
        Assert.Single(Compare(theirs, """{"parse":{"ok":true},"validation":[{"message":"a","locations":[{"line":1,"column":3}]},{"message":"b","locations":[{"line":2,"column":1}]}]}""").Mismatches);
    }

    [Theory]
    [InlineData("""{"data":{"b":1,"a":2}}""")] // field order
    [InlineData("""{"data":{"a":2,"b":"1"}}""")] // string versus number
    [InlineData("""{"data":{"a":2,"b":1.5}}""")] // value
    [InlineData("""{"data":{"a":2,"b":1,"c":null}}""")] // extra field
    [InlineData("""{"errors":[{"message":"m","path":["a"]}],"data":{"a":null,"b":1}}""")] // extra error
    [InlineData("""{"data":null}""")] // data nulled
    public void Execution_differences_are_mismatches(string ourResult)
    {
        var comparer = Compare(
            """{"parse":{"ok":true},"validation":[],"execution":{"result":{"data":{"a":2,"b":1}}}}""",
            $$$"""{"parse":{"ok":true},"validation":[],"execution":{"result":{{{ourResult}}}}}""");
        Assert.Single(comparer.Mismatches);
    }

    [Fact]
    public void Numbers_compare_by_value_and_errors_as_a_set()
    {
        var comparer = Compare(
            """{"parse":{"ok":true},"validation":[],"execution":{"result":{"errors":[{"message":"x","path":["a"]},{"message":"y","path":["b"]}],"data":{"a":null,"b":null,"c":1.0}}}}""",
            """{"parse":{"ok":true},"validation":[],"execution":{"result":{"data":{"a":null,"b":null,"c":1},"errors":[{"path":["b"],"message":"y"},{"message":"x","path":["a"]}]}}}""");
        Assert.Empty(comparer.Mismatches);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.25, "-1.25")]
    [InlineData(1500.0, "1500")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    public void Numbers_print_as_JavaScript_prints_them(double value, string expected) =>
        Assert.Equal(expected, CanonicalJson.JavaScriptNumber(value));

    [Fact]
    public void Canonical_json_sorts_keys_and_escapes_like_JSON_stringify()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = new List<object?> { 1L, 2.5, null, true },
            ["a"] = "q\"\\\n\u0001é😀",
            ["B"] = new Dictionary<string, object?>(),
        };
        Assert.Equal("""{"B":{},"a":"q\"\\\n\u0001é😀","b":[1,2.5,null,true]}""", CanonicalJson.Serialize(value));
    }
}
