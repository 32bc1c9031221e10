namespace Graph.Engine.Execution;

/// <summary>
/// Sees every error before it enters a response, e.g. to log the exception behind it and add a correlation id
/// to its extensions. Returns the error to report (the same one, or a changed copy).
/// </summary>
public interface IErrorFilter
{
    GraphQLError OnError(GraphQLError error);
}

/// <summary>An <see cref="IErrorFilter"/> from a delegate.</summary>
public sealed class DelegateErrorFilter(Func<GraphQLError, GraphQLError> onError) : IErrorFilter
{
    public GraphQLError OnError(GraphQLError error) => onError(error);
}
