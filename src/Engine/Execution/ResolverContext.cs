using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: one per resolver call (none for default-resolved fields).</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly OperationExecutor _executor;
    private readonly FieldPlan _field;

    public ResolverContext(OperationExecutor executor, object? parent, FieldPlan field, ResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    {
        _executor = executor;
        _field = field;
        Parent = parent;
        Path = path;
        Arguments = arguments;
    }

    public object? Parent { get; }

    public GraphSchema Schema => _executor.Schema;

    public ObjectType ParentType => _field.ParentType;

    public OutputField Field => _field.Field;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public OperationDefinitionNode Operation => _executor.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _executor.Fragments;

    public IReadOnlyDictionary<string, object?> Variables => _executor.Variables;

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ResponsePath Path { get; }

    public IServiceProvider Services => _executor.Services;

    public IDictionary<string, object?> ContextData => _executor.ContextData;

    public CancellationToken RequestAborted => _executor.RequestAborted;

    /// <summary>The request's scheduler, where batch dispatchers (DataLoaders) register.</summary>
    public ExecutionScheduler Scheduler => _executor.Scheduler;

    public T? ArgumentValue<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? ClrValueConverter.Convert<T>(value) : default;

    public IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(ObjectType objectType) =>
        _executor.GetChildPlan(_field, objectType).ToGroupedFieldSet();

    public void ReportError(GraphQLError error) =>
        _executor.Errors.AddReported(
            new GraphQLError(
                error.Message,
                error.Locations.Count > 0 ? error.Locations : _field.Locations,
                error.Path ?? Path.ToList(),
                error.Extensions,
                error.Exception),
            Path);
}

/// <summary>Access to execution services that <see cref="IResolverContext"/> does not expose.</summary>
public static class ResolverContextExtensions
{
    /// <summary>The request's <see cref="ExecutionScheduler"/> (for DataLoaders), or null for contexts of other origin.</summary>
    public static ExecutionScheduler? GetScheduler(this IResolverContext context) => (context as ResolverContext)?.Scheduler;
}
