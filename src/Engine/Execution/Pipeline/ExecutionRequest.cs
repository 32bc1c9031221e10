namespace Graph.Engine.Execution;

/// <summary>A GraphQL request as transports receive it (GraphQL over HTTP: query, operationName, variables, extensions).</summary>
public sealed record ExecutionRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null)
{
    /// <summary>Request extensions (e.g. persisted-query hashes); not interpreted by the engine.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
