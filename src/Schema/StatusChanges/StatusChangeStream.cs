using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Persistence;
using Graph.Persistence.Model;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.StatusChanges;

/// <summary>
/// The source stream of a status subscription: the outbox events of one node (or of every node of the type),
/// each node re-read through the operation's scoped <see cref="GraphDbContext"/>, so its query filters decide
/// what this caller receives; an event whose node the context does not find is skipped.
/// </summary>
public static class StatusChangeStream
{
    private static readonly JsonSerializerOptions PayloadOptions = new(JsonSerializerDefaults.Web);

    public static async Task<IAsyncEnumerable<TEvent>> SubscribeAsync<TNode, TEvent>(
        IResolverContext context, string field, string typeName, string? id, Func<TNode, StatusChange, TEvent> map)
        where TNode : Entity
    {
        var topic = field;
        if (id is not null)
        {
            if (!NodeKeys.TryParse(id, typeName, out var key))
                throw new GraphQLException(NodeErrors.InvalidId(id, context, context.Path));
            topic = StatusChange.Topic(field, key);
        }

        var receiver = Service<ITopicEventReceiver>(context);
        var db = Service<GraphDbContext>(context);
        var stream = await receiver.SubscribeAsync<OutboxEvent>(topic, context.RequestAborted);
        return ReadAsync<StatusChange, TNode, TEvent>(stream, db, c => c.Id, map);
    }

    /// <summary>
    /// Each event of <paramref name="stream"/> whose node (<paramref name="nodeId"/> of its payload) the caller's
    /// context finds, mapped; the others are skipped. Every stream of node events reads through this.
    /// </summary>
    public static async IAsyncEnumerable<TEvent> ReadAsync<TPayload, TNode, TEvent>(
        ISourceStream<OutboxEvent> stream, GraphDbContext db, Func<TPayload, Guid> nodeId, Func<TNode, TPayload, TEvent> map,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TNode : Entity
    {
        await using var _ = stream;
        await foreach (var outboxEvent in stream.ReadMessagesAsync().WithCancellation(cancellationToken))
        {
            var change = outboxEvent.Payload.Deserialize<TPayload>(PayloadOptions);
            if (change is null)
                continue;
            // Events are mapped one after another (the executor completes one before reading the next), so the
            // scoped context is never used concurrently.
            var key = nodeId(change);
            var node = await db.Set<TNode>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == key, cancellationToken);
            if (node is not null)
                yield return map(node, change);
        }
    }

    internal static T Service<T>(IResolverContext context) =>
        (T?)context.Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"No {typeof(T).Name} is registered.");
}
