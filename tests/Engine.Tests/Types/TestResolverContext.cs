using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types;

/// <summary>A resolver context for calling resolvers directly, without the executor.</summary>
internal sealed class TestResolverContext(GraphSchema schema, object? parent, IReadOnlyDictionary<string, object?>? arguments = null) : IResolverContext
{
    public object? Parent { get; } = parent;

    public GraphSchema Schema { get; } = schema;

    public ObjectType ParentType { get; init; } = schema.QueryType!;

    public OutputField Field { get; init; } = new("test", Graph.Engine.Types.Scalars.String);

    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];

    public OperationDefinitionNode Operation { get; init; } =
        new(OperationType.Query, null, [], [], new SelectionSetNode([]));

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; } = new Dictionary<string, FragmentDefinitionNode>();

    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments ?? new Dictionary<string, object?>();

    public ResponsePath Path { get; init; } = ResponsePath.Root("test");

    public IServiceProvider Services { get; init; } = new EmptyServices();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public CancellationToken RequestAborted { get; init; }

    public T? ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(ObjectType objectType) =>
        new Dictionary<string, IReadOnlyList<FieldNode>>();

    public void ReportError(GraphQLError error)
    {
    }

    public static object? Resolve(OutputField field, GraphSchema schema, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var task = field.Resolver!(new TestResolverContext(schema, parent, arguments));
        return task.IsCompleted ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
