using System.Text.Json;
using Graph.Engine.Data;

namespace Graph.Engine.Tests.Data;

/// <summary>The in-memory jsonb operators agree with PostgreSQL's documented containment and key-exists rules.</summary>
public sealed class JsonFunctionsTests
{
    [Theory]
    [InlineData("""{"a": 1, "b": {"c": [1, 2, 3]}}""", """{"b": {"c": [3]}}""", true)]
    [InlineData("""{"a": 1, "b": {"c": [1, 2, 3]}}""", """{"a": 2}""", false)]
    [InlineData("""{"a": 1}""", """{}""", true)]
    [InlineData("""[1, [2, 3]]""", """[[3]]""", true)]
    [InlineData("""["x", "y"]""", "\"x\"", true)]
    [InlineData("""{"a": ["x"]}""", """{"a": "x"}""", false)]
    [InlineData("""{"a": {"b": 1}}""", """{"a": {"b": 1, "c": 2}}""", false)]
    [InlineData("1", "1", true)]
    public void Contains_follows_jsonb_containment(string json, string contained, bool expected) =>
        Assert.Equal(expected, JsonFunctions.Contains(Parse(json), Parse(contained)));

    [Theory]
    [InlineData("""{"a": 1}""", "a", true)]
    [InlineData("""{"a": {"b": 1}}""", "b", false)]
    [InlineData("""["a", "b"]""", "b", true)]
    [InlineData("3", "3", false)]
    public void HasKey_looks_at_the_top_level(string json, string key, bool expected) =>
        Assert.Equal(expected, JsonFunctions.HasKey(Parse(json), key));

    [Fact]
    public void A_null_document_matches_nothing()
    {
        Assert.False(JsonFunctions.Contains(null, Parse("{}")));
        Assert.False(JsonFunctions.HasKey(null, "a"));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
