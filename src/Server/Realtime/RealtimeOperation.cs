using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Server.Realtime;

/// <summary>
/// A started operation: request errors (syntax or validation; graphql-transport-ws sends them as <c>error</c>)
/// or the results to send — one for queries, mutations and subscriptions that failed to subscribe, a stream
/// for subscriptions. Disposing it ends the stream and the operation's service scope.
/// </summary>
public sealed class RealtimeOperation : IAsyncDisposable
{
    private readonly AsyncServiceScope? _scope;

    private RealtimeOperation(IReadOnlyList<GraphQLError>? requestErrors, IAsyncEnumerable<ExecutionResult>? results, OperationType? type, AsyncServiceScope? scope, bool refusedMutation = false)
    {
        IsRefusedMutation = refusedMutation;
        RequestErrors = requestErrors;
        Results = results;
        OperationType = type;
        _scope = scope;
    }

    public IReadOnlyList<GraphQLError>? RequestErrors { get; }

    /// <summary>A mutation where mutations are not allowed (GET); nothing ran.</summary>
    public bool IsRefusedMutation { get; }

    public IAsyncEnumerable<ExecutionResult>? Results { get; }

    /// <summary>The operation's type when the document names one that exists.</summary>
    public OperationType? OperationType { get; }

    public bool IsStream => OperationType == Graph.Engine.Language.OperationType.Subscription && Results is not null;

    internal static RealtimeOperation Rejected(IReadOnlyList<GraphQLError> errors) => new(errors, null, null, null);

    internal static RealtimeOperation RefusedMutation() =>
        new([new GraphQLError("Can only perform a mutation operation from a POST request.")], null, Graph.Engine.Language.OperationType.Mutation, null, refusedMutation: true);

    internal static RealtimeOperation Running(IAsyncEnumerable<ExecutionResult> results, OperationType? type, AsyncServiceScope scope) =>
        new(null, results, type, scope);

    public async ValueTask DisposeAsync()
    {
        if (_scope is { } scope)
            await scope.DisposeAsync();
    }
}
