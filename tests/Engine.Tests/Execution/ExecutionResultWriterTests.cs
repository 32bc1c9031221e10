using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Tests.Execution;

public sealed class ExecutionResultWriterTests
{
    [Fact]
    public void WritesErrorsBeforeDataAndExtensionsLast()
    {
        var data = new ResultMap([new("b", 1), new("a", "x")]);
        var result = ExecutionResult.FromData(data, [new GraphQLError("oops", [new Location(0, 1, 2, 3)], ["b"])]);
        result.Extensions = new Dictionary<string, object?> { ["cost"] = 5 };

        Assert.Equal(
            """{"errors":[{"message":"oops","locations":[{"line":2,"column":3}],"path":["b"]}],"data":{"b":1,"a":"x"},"extensions":{"cost":5}}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void RequestErrorsHaveNoDataAndNullDataIsWritten()
    {
        Assert.Equal("""{"errors":[{"message":"bad"}]}""", ExecutionResultWriter.ToJson(ExecutionResult.FromError(new GraphQLError("bad"))));
        Assert.Equal(
            """{"errors":[{"message":"bad","path":["a",0]}],"data":null}""",
            ExecutionResultWriter.ToJson(ExecutionResult.FromData(null, [new GraphQLError("bad", path: ["a", 0])])));
    }

    [Fact]
    public void WritesNumbersDecimalsAndJsonElementsExactly()
    {
        using var json = JsonDocument.Parse("""{"nested":[1,{"k":"v"}],"big":12345678901234567890}""");
        var data = new ResultMap(
        [
            new("int", 42),
            new("long", 9007199254740993L),
            new("double", 1.5),
            new("whole", 2.0),
            new("decimal", 1.10m),
            new("bigDecimal", 79228162514264337593543950335m),
            new("nan", double.NaN),
            new("json", json.RootElement),
            new("list", new object?[] { null, true, "s" }),
            new("unicode", "é\"\\\n<"),
        ]);

        Assert.Equal(
            """{"data":{"int":42,"long":9007199254740993,"double":1.5,"whole":2,"decimal":1.10,"bigDecimal":79228162514264337593543950335,"nan":null,"json":{"nested":[1,{"k":"v"}],"big":12345678901234567890},"list":[null,true,"s"],"unicode":"é\"\\\n<"}}""",
            ExecutionResultWriter.ToJson(ExecutionResult.FromData(data)));
    }

    [Fact]
    public void EmptyExtensionsAreLeftOutOfErrors()
    {
        var error = new GraphQLError("m", extensions: new Dictionary<string, object?>());

        Assert.Equal("""{"errors":[{"message":"m"}]}""", ExecutionResultWriter.ToJson(ExecutionResult.FromError(error)));
    }

    [Fact]
    public async Task WritesToAStream()
    {
        using var stream = new MemoryStream();

        await ExecutionResultWriter.WriteAsync(ExecutionResult.FromData(new ResultMap([new("a", 1)])), stream);

        Assert.Equal("""{"data":{"a":1}}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
