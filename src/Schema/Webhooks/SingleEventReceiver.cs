using Graph.Engine.Subscriptions;
using Graph.Persistence.Outbox;

namespace Graph.Schema.Webhooks;

/// <summary>
/// The topic bus as a webhook's document sees it: subscribing records the topic asked for and yields one given
/// outbox event (when that topic carries it) then ends, so the subscription's own resolver decides, as it does for a
/// socket, whether and how the event reaches its subscriber. With no event it only records the topic.
/// </summary>
internal sealed class SingleEventReceiver(OutboxEvent? outboxEvent) : ITopicEventReceiver
{
    /// <summary>The topic the document's subscription field subscribed to (null if it did not).</summary>
    public string? Topic { get; private set; }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        Topic = topic;
        var carried = outboxEvent is TMessage message && OutboxTopics.Reaches(outboxEvent.Topic, topic)
            ? [message]
            : Array.Empty<TMessage>();
        return ValueTask.FromResult<ISourceStream<TMessage>>(new Stream<TMessage>(carried));
    }

    private sealed class Stream<TMessage>(TMessage[] messages) : ISourceStream<TMessage>
    {
#pragma warning disable CS1998 // the messages are at hand
        public async IAsyncEnumerable<TMessage> ReadMessagesAsync()
        {
            foreach (var message in messages)
                yield return message;
        }

        public async IAsyncEnumerable<object?> ReadEventsAsync()
        {
            foreach (var message in messages)
                yield return message;
        }
#pragma warning restore CS1998

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
