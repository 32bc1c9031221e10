using System.Runtime.CompilerServices;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>The outcome of subscribing: a stream of responses, or a single result with the errors that prevented it.</summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? stream, ExecutionResult? errorResult)
    {
        Stream = stream;
        ErrorResult = errorResult;
    }

    /// <summary>One response per source event; disposing its enumerator disposes the source stream.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>The result to send instead of a stream (request errors or errors creating the source stream).</summary>
    public ExecutionResult? ErrorResult { get; }

    public bool IsStream => Stream is not null;

    public static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> stream) => new(stream, null);

    public static SubscriptionResult FromResult(ExecutionResult result) => new(null, result);
}

public static partial class Executor
{
    /// <summary>
    /// Subscribe (§6.2.3): coerces the variables, creates the source event stream (CreateSourceEventStream) and
    /// maps each event to a response (MapSourceToResponseEvent).
    /// </summary>
    public static async ValueTask<SubscriptionResult> SubscribeAsync(
        GraphSchema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variableValues = null,
        ExecutionOptions? options = null)
    {
        options ??= ExecutionOptions.Default;
        if (!TryPrepare(schema, document, operationName, variableValues, options, out var operation, out var variables, out var errors))
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromErrors(errors));
        }

        if (operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromError(new GraphQLError("Expected subscription operation.")));
        }

        try
        {
            var source = await CreateSourceEventStreamAsync(schema, document, operation, variables, options).ConfigureAwait(false);
            return SubscriptionResult.FromStream(MapSourceToResponseEvent(schema, document, operation, variables, options, source));
        }
        catch (GraphQLException exception)
        {
            return SubscriptionResult.FromResult(ExecutionResult.FromErrors(Filter(exception.Errors, options)));
        }
    }

    /// <summary>
    /// CreateSourceEventStream (§6.2.3.1): calls the <see cref="OutputField.Subscribe"/> delegate of the single
    /// root field (or reads the root value's member of that name) for the stream of events. Throws
    /// <see cref="GraphQLException"/> with graphql-js's messages, located at the root field.
    /// </summary>
    public static async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync(
        GraphSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> coercedVariables,
        ExecutionOptions options)
    {
        var rootType = schema.SubscriptionType ?? throw new GraphQLException(
            GraphQLError.FromNodes("Schema is not configured to execute subscription operation.", operation));
        var executor = CreateExecutor(schema, document, operation, coercedVariables, options, options.CancellationToken);
        var fragments = OperationPlanCache.GetFragments(document);
        var firstField = FirstRootField(operation.SelectionSet, fragments, coercedVariables, schema, rootType);
        if (firstField is null)
        {
            throw new GraphQLException(new GraphQLError("Subscription operation selects no field."));
        }

        var field = MetaFields.GetFieldDefinition(schema, rootType, firstField.Name.Value);
        if (field is null)
        {
            throw new GraphQLException(GraphQLError.FromNodes($"The subscription field \"{firstField.Name.Value}\" is not defined.", firstField));
        }

        var plan = executor.GetRootPlan(rootType).Fields[0];
        var path = ResponsePath.Root(plan.ResponseKey);
        try
        {
            var arguments = ArgumentValues.CoerceArgumentValues(
                field.Arguments, firstField.Arguments, coercedVariables, firstField, plan.Coordinate, options.HideSuggestions);
            var context = new ResolverContext(executor, options.RootValue, plan, path, arguments);
            object? stream = field.Subscribe is { } subscribe
                ? await subscribe(context).ConfigureAwait(false)
                : DefaultFieldResolver.Resolve(options.RootValue, field.Name);
            return stream switch
            {
                IAsyncEnumerable<object?> events => events,
                Exception error => throw error,
                _ => throw new GraphQLException(new GraphQLError(
                    $"Subscription field must return Async Iterable. Received: {Inspect.Value(stream)}.")),
            };
        }
        catch (Exception exception)
        {
            throw new GraphQLException(executor.LocateRootFieldErrors(exception, plan, path));
        }
    }

    /// <summary>
    /// MapSourceToResponseEvent (§6.2.3.2): for each source event, ExecuteSubscriptionEvent — the subscription's
    /// selection set executed normally with the event as root value. Ending or disposing the enumeration
    /// (or cancelling the request token) disposes the source stream.
    /// </summary>
    public static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        GraphSchema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> coercedVariables,
        ExecutionOptions options,
        IAsyncEnumerable<object?> sourceStream,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, options.CancellationToken);
        await foreach (var sourceEvent in sourceStream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            var executor = CreateExecutor(schema, document, operation, coercedVariables, options, linked.Token);
            yield return await executor.ExecuteSubscriptionEventAsync(sourceEvent).ConfigureAwait(false);
        }
    }

    private static FieldNode? FirstRootField(
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        GraphSchema schema,
        ObjectType rootType)
    {
        return new FieldCollector(schema, fragments, variables).CollectFirstField(rootType, selectionSet);
    }
}
