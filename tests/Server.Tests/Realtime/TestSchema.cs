using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Engine.Types;
using Graph.Persistence.Outbox;

namespace Graph.Server.Tests.Realtime;

/// <summary>A small schema whose subscriptions read the topic bus: status events come from the outbox.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query { hello(name: String): String! }
        type Mutation { echo(text: String!): String! }
        type Subscription {
          statusChanged(nodeId: ID!): StatusEvent!
          counter(to: Int!): Int!
          ticks(topic: String!): String!
          broken: Int
        }
        type StatusEvent { nodeId: ID! status: String! sequence: Int! note: String }
        """;

    public static string StatusTopic(string nodeId) => "status:" + nodeId;

    public static GraphSchema Create(ITopicEventReceiver receiver) => SchemaBuilder.FromSdl(Sdl, new SchemaBuildOptions()
        .Resolve("Query.hello", context => "hello " + (context.ArgumentValue<string>("name") ?? "world"))
        .Resolve("Mutation.echo", context => context.ArgumentValue<string>("text"))
        .Subscribe("Subscription.statusChanged", async context =>
        {
            var stream = await receiver.SubscribeAsync<OutboxEvent>(StatusTopic(context.ArgumentValue<string>("nodeId")!), context.RequestAborted);
            return ToStatusEvents(stream);
        })
        .Resolve("Subscription.statusChanged", context => context.Parent)
        .Subscribe("Subscription.counter", context => new ValueTask<IAsyncEnumerable<object?>>(Count(context.ArgumentValue<int>("to"))))
        .Resolve("Subscription.counter", context => context.Parent)
        .Subscribe("Subscription.ticks", async context =>
            (await receiver.SubscribeAsync<string>(context.ArgumentValue<string>("topic")!, context.RequestAborted)).ReadEventsAsync())
        .Resolve("Subscription.ticks", context => context.Parent)
        .Subscribe("Subscription.broken", _ => throw new InvalidOperationException("cannot subscribe")));

    private static async IAsyncEnumerable<object?> ToStatusEvents(ISourceStream<OutboxEvent> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var outboxEvent in stream.ReadMessagesAsync().WithCancellation(cancellationToken))
        {
            var payload = (Dictionary<string, object?>)JsonValues.FromJsonElement(outboxEvent.Payload)!;
            payload["sequence"] = outboxEvent.Sequence;
            yield return payload;
        }
    }

    private static async IAsyncEnumerable<object?> Count(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
