namespace Graph.Engine.Execution;

/// <summary>
/// A response (§7.1): <c>errors</c> when there are any, <c>data</c> when execution started (it is null when an
/// error propagated to the root, and absent for request errors such as invalid variables), and extensions.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(IReadOnlyDictionary<string, object?>? data, bool hasData, IReadOnlyList<GraphQLError>? errors)
    {
        Data = data;
        HasData = hasData;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    /// <summary>The response data; null both when <c>data</c> is null and when it is absent (see <see cref="HasData"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Whether the response carries a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; }

    /// <summary>The errors, or null when there are none (the response then has no <c>errors</c> entry).</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>A result of an executed operation: <paramref name="data"/> is null when an error nulled the root.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors = null) =>
        new(data, true, errors);

    /// <summary>A request error (§7.1.2): execution did not start, so there is no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, false, errors);

    public static ExecutionResult FromError(GraphQLError error) => new(null, false, [error]);
}
