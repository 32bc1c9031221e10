using System.Text.Json;

namespace Graph.Engine.Tests.Execution;

public sealed class JsonValuesTests
{
    private static object? Convert(string json) => Graph.Engine.Execution.JsonValues.FromJsonElement(JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData("1", typeof(long))]
    [InlineData("-9223372036854775808", typeof(long))]
    [InlineData("9223372036854775808", typeof(decimal))]
    [InlineData("1e400", typeof(double))]
    [InlineData("1.5", typeof(double))]
    [InlineData("1e3", typeof(double))]
    [InlineData("12345678901234567.89", typeof(decimal))]
    [InlineData("\"s\"", typeof(string))]
    [InlineData("true", typeof(bool))]
    public void NumbersAndLeaves(string json, Type expected) => Assert.IsType(expected, Convert(json));

    [Fact]
    public void DecimalKeepsEveryDigit() => Assert.Equal(12345678901234567.89m, Convert("12345678901234567.89"));

    [Fact]
    public void ObjectsKeepOrderAndListsNest()
    {
        var value = (IReadOnlyDictionary<string, object?>)Convert("""{"b":[1,null,{"c":false}],"a":null}""")!;

        Assert.Equal(["b", "a"], value.Keys);
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(value["b"]);
        Assert.Equal(1L, list[0]);
        Assert.Null(list[1]);
        Assert.Equal(false, ((IReadOnlyDictionary<string, object?>)list[2]!)["c"]);
        Assert.Null(value["a"]);
    }
}
