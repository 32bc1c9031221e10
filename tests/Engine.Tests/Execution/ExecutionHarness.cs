using System.Buffers;
using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

/// <summary>Builds schemas from SDL and runs documents through the executor, returning the response JSON.</summary>
internal static class ExecutionHarness
{
    public static GraphSchema Schema(string sdl, Action<SchemaBuildOptions>? configure = null)
    {
        var options = new SchemaBuildOptions();
        configure?.Invoke(options);
        return SchemaBuilder.FromSdl(Parser.Parse(sdl), options);
    }

    public static async Task<string> RunAsync(
        GraphSchema schema,
        string query,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        ExecutionOptions? options = null)
    {
        options ??= new ExecutionOptions();
        if (root is not null)
        {
            options = With(options, root);
        }

        var result = await Executor.ExecuteRequestAsync(schema, Parser.Parse(query), operationName, variables, options);
        return ExecutionResultWriter.ToJson(result);
    }

    public static ExecutionOptions With(ExecutionOptions options, object? root) => new()
    {
        RootValue = root,
        CancellationToken = options.CancellationToken,
        Timeout = options.Timeout,
        Services = options.Services,
        ContextData = options.ContextData,
        IncludeExceptionDetails = options.IncludeExceptionDetails,
        MaxErrors = options.MaxErrors,
        HideSuggestions = options.HideSuggestions,
        ErrorFilters = options.ErrorFilters,
    };

    /// <summary>JSON to the executor's JSON-shaped values; a string "!error:msg" becomes an exception value.</summary>
    public static object? Fixture(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString()!.StartsWith("!error:", StringComparison.Ordinal) =>
            new InvalidOperationException(element.GetString()!["!error:".Length..]),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Fixture(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Fixture).ToList(),
        _ => Graph.Engine.Execution.JsonValues.FromJsonElement(element),
    };

    public static object? Json(string json) => Fixture(JsonDocument.Parse(json).RootElement);

    public static IReadOnlyDictionary<string, object?> Variables(string json) =>
        (IReadOnlyDictionary<string, object?>)Graph.Engine.Execution.JsonValues.FromJsonElement(JsonDocument.Parse(json).RootElement)!;

    /// <summary>The resolver the oracle gives fields named <c>echo</c>: its coerced arguments as compact JSON.</summary>
    public static ValueTask<object?> Echo(IResolverContext context)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ExecutionResultWriter.WriteValue(writer, context.Arguments);
        }

        return new ValueTask<object?>(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static void AttachEcho(GraphSchema schema)
    {
        foreach (var type in schema.Types)
        {
            if (type is ObjectType objectType && objectType.GetField("echo") is { } echo)
            {
                echo.Resolver = Echo;
            }
        }
    }
}
