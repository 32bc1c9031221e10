using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Model;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Writes;

[GraphQLDescription("A committed write of a node.")]
public sealed class NodeChangedEvent
{
    public ChangeOperation Operation { get; init; }

    [GraphQLDescription("The node's type, e.g. `Pet`.")]
    public required string TypeName { get; init; }

    [ID]
    [GraphQLDescription("The node's global ID.")]
    public required string Id { get; init; }

    [GraphQLDescription("The node as the write left it (as it was, for DELETED).")]
    public INode? Node => null;

    [GraphQLIgnore]
    public required object Entity { get; init; }

    [GraphQLDescription("The fields the write set (for CREATED, those the input gave; empty for DELETED).")]
    public required IReadOnlyList<string> ChangedFields { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    internal static ValueTask<object?> ResolveNode(IResolverContext context) => new(((NodeChangedEvent)context.Parent!).Entity);
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class NodeChangedSubscriptions
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    [GraphQLDescription("Every committed create, update and delete of the nodes the caller may read; narrowed to some types or operations when given.")]
    public async Task<IAsyncEnumerable<NodeChangedEvent>> NodeChanged(
        IResolverContext context, IReadOnlyList<string>? types = null, IReadOnlyList<ChangeOperation>? operations = null)
    {
        var known = GraphModel.Instance.GetEntityTypes().Where(e => typeof(Entity).IsAssignableFrom(e.ClrType)).ToDictionary(e => e.ClrType.Name, StringComparer.Ordinal);
        if (types?.FirstOrDefault(t => !known.ContainsKey(t)) is { } unknown)
            throw new GraphQLException($"`{unknown}` is not a node type.", "NODE_TYPE_UNKNOWN");

        var receiver = context.Services.GetRequiredService<ITopicEventReceiver>();
        var db = context.Services.GetRequiredService<GraphDbContext>();
        var stream = await receiver.SubscribeAsync<OutboxEvent>(NodeChange.Field, context.RequestAborted);
        return ReadAsync(stream, db, known, types?.ToHashSet(StringComparer.Ordinal), operations?.ToHashSet());
    }

    private static async IAsyncEnumerable<NodeChangedEvent> ReadAsync(
        ISourceStream<OutboxEvent> stream, GraphDbContext db, Dictionary<string, IEntityType> known, HashSet<string>? types, HashSet<ChangeOperation>? operations,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var _ = stream;
        await foreach (var outboxEvent in stream.ReadMessagesAsync().WithCancellation(cancellationToken))
        {
            var change = outboxEvent.Payload.Deserialize<NodeChange>(PayloadOptions);
            if (change is null || (types is not null && !types.Contains(change.TypeName)) || (operations is not null && !operations.Contains(change.Operation))
                || !known.TryGetValue(change.TypeName, out var entityType))
                continue;

            // One event at a time (the executor completes one before reading the next): the scoped context is never shared.
            var node = await ReadNodeAsync(db, entityType, change, cancellationToken);
            if (node is null)
                continue;
            yield return new NodeChangedEvent
            {
                Operation = change.Operation,
                TypeName = change.TypeName,
                Id = NodeId.Format(change.TypeName, change.Id),
                Entity = node,
                ChangedFields = change.ChangedFields,
                ChangedAt = change.ChangedAt,
            };
        }
    }

    /// <summary>
    /// The node as the subscriber may read it, through the operation's context and so its row rules: the node as the
    /// write left it (its snapshot read as a row of its table, the rules applied on top); an event without one (the row
    /// was gone when its transaction committed) is read as the row is now.
    /// </summary>
    private static Task<Entity?> ReadNodeAsync(GraphDbContext db, IEntityType entityType, NodeChange change, CancellationToken cancellationToken) =>
        (Task<Entity?>)ReadMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [db, entityType.GetTableName(), change, cancellationToken])!;

    private static readonly System.Reflection.MethodInfo ReadMethod = typeof(NodeChangedSubscriptions).GetMethod(nameof(ReadTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<Entity?> ReadTypedAsync<T>(GraphDbContext db, string table, NodeChange change, CancellationToken cancellationToken)
        where T : Entity
    {
        if (change.Snapshot is not { ValueKind: JsonValueKind.Object } snapshot)
            return change.Operation == ChangeOperation.Deleted ? null : await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == change.Id, cancellationToken);
        var sql = "SELECT * FROM jsonb_populate_record(NULL::\"" + table + "\", {0}::jsonb)";
        return await db.Set<T>()
            .FromSqlRaw(sql, snapshot.GetRawText())
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
    }
}
