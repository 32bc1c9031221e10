namespace Graph.Server.Execution;

/// <summary>The GraphQL-over-HTTP request parameters, already checked for their JSON types.</summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);
