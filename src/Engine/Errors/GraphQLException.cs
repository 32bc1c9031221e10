namespace Graph.Engine;

/// <summary>Thrown by resolvers and engine phases to report one or more GraphQL errors as they are.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message, error.Exception) => Errors = [error];

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error") => Errors = errors;

    public GraphQLException(string message, string code)
        : this(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }))
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
