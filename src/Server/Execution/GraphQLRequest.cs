namespace Graph.Server.Execution;

/// <summary>
/// The GraphQL-over-HTTP request parameters, already checked for their JSON types. <see cref="Query"/> is null only
/// when the request names a persisted document instead (<see cref="DocumentId"/> or <c>extensions.persistedQuery</c>).
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    /// <summary>A persisted document's id as Relay and HotChocolate clients send it (<c>id</c>, <c>documentId</c>, <c>doc_id</c>).</summary>
    public string? DocumentId { get; init; }
}
