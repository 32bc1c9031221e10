using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// The state of one operation's execution (§6): the request's inputs, its error list, its scheduler and the
/// field plans it runs. The algorithms live in the partial files named after them.
/// </summary>
internal sealed partial class OperationExecutor
{
    private readonly FieldCollector _collector;
    private readonly OperationPlanCache.Entry? _sharedPlans;
    private IDictionary<string, object?>? _contextData;

    public OperationExecutor(
        GraphSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        CancellationToken requestAborted,
        OperationPlanCache.Entry? sharedPlans)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Options = options;
        RequestAborted = requestAborted;
        Services = options.Services ?? EmptyServiceProvider.Instance;
        Errors = new ErrorCollector(options, requestAborted);
        _collector = new FieldCollector(schema, fragments, variables);
        _sharedPlans = sharedPlans;
    }

    public GraphSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken RequestAborted { get; }

    public IServiceProvider Services { get; }

    public ErrorCollector Errors { get; }

    public ExecutionScheduler Scheduler { get; } = new();

    public WorkTracker Work { get; } = new();

    /// <summary>Request state shared by resolvers that may run on several threads at once, hence concurrent.</summary>
    public IDictionary<string, object?> ContextData
    {
        get
        {
            if (_contextData is null)
            {
                var created = Options.ContextData is { } initial
                    ? new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(initial, StringComparer.Ordinal)
                    : new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _contextData, created, null);
            }

            return _contextData;
        }
    }

    public SelectionPlan GetRootPlan(ObjectType rootType)
    {
        if (_sharedPlans is not null)
        {
            return _sharedPlans.RootPlan ??= _collector.CollectFields(rootType, Operation.SelectionSet);
        }

        return _collector.CollectFields(rootType, Operation.SelectionSet);
    }

    /// <summary>CollectSubfields for a field and an object type, memoized on the field's plan.</summary>
    public SelectionPlan GetChildPlan(FieldPlan field, ObjectType objectType)
    {
        var plan = field.GetChildPlan(objectType);
        if (plan is null)
        {
            plan = _collector.CollectSubfields(objectType, field.Nodes);
            field.SetChildPlan(objectType, plan);
        }

        return plan;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
