using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Graph.Engine.Subscriptions;

/// <summary>
/// An in-process topic bus: each subscriber gets its own bounded channel, so a slow subscriber never blocks
/// the sender; what happens when a subscriber's buffer is full is the <see cref="TopicOverflowPolicy"/>.
/// Topics are plain strings (e.g. <c>"onCommentAdded:42"</c>). Across server instances something must feed
/// it (the server's outbox listener does).
/// </summary>
public sealed class InMemoryTopicEventBus(int bufferCapacity = 64, TopicOverflowPolicy overflow = TopicOverflowPolicy.DropOldest)
    : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscriber, byte>> _topics = new(StringComparer.Ordinal);

    /// <summary>How many subscribers a topic has (for tests and diagnostics).</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Count : 0;

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                // With DropOldest a write always succeeds; with EndSubscriber a full buffer refuses it.
                if (!subscriber.Writer.TryWrite(message))
                {
                    subscribers.TryRemove(subscriber, out _);
                    subscriber.Writer.TryComplete(new SubscriberOverflowException(
                        $"The subscriber fell more than {bufferCapacity} events behind on topic '{topic}'."));
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string topic)
    {
        if (_topics.TryRemove(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Writer.TryComplete();
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var channel = Channel.CreateBounded<object?>(new BoundedChannelOptions(bufferCapacity)
        {
            FullMode = overflow == TopicOverflowPolicy.DropOldest ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        var subscriber = new Subscriber(channel.Writer);
        while (true)
        {
            var subscribers = _topics.GetOrAdd(topic, static _ => new ConcurrentDictionary<Subscriber, byte>());
            subscribers[subscriber] = 0;

            // An unsubscribe may have dropped this topic's (then empty) set meanwhile: join the current one.
            if (_topics.TryGetValue(topic, out var current) && ReferenceEquals(current, subscribers))
            {
                break;
            }

            subscribers.TryRemove(subscriber, out _);
        }

        return new ValueTask<ISourceStream<TMessage>>(new Stream<TMessage>(this, topic, subscriber, channel.Reader));
    }

    private void Unsubscribe(string topic, Subscriber subscriber)
    {
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            subscribers.TryRemove(subscriber, out _);
            if (subscribers.IsEmpty)
            {
                _topics.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Subscriber, byte>>(topic, subscribers));
            }
        }

        subscriber.Writer.TryComplete();
    }

    private sealed class Subscriber(ChannelWriter<object?> writer)
    {
        public ChannelWriter<object?> Writer { get; } = writer;
    }

    private sealed class Stream<TMessage>(InMemoryTopicEventBus bus, string topic, Subscriber subscriber, ChannelReader<object?> reader)
        : ISourceStream<TMessage>
    {
        private int _disposed;

        public async IAsyncEnumerable<TMessage> ReadMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var message in ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return (TMessage)message!;
            }
        }

        IAsyncEnumerable<TMessage> ISourceStream<TMessage>.ReadMessagesAsync() => ReadMessagesAsync();

        public async IAsyncEnumerable<object?> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                // WaitToReadAsync rethrows the SubscriberOverflowException an overflowing subscriber is completed with.
                while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (reader.TryRead(out var message))
                    {
                        yield return message;
                    }
                }
            }
            finally
            {
                await DisposeAsync().ConfigureAwait(false);
            }
        }

        IAsyncEnumerable<object?> ISourceStream.ReadEventsAsync() => ReadEventsAsync();

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                bus.Unsubscribe(topic, subscriber);
            }

            return ValueTask.CompletedTask;
        }
    }
}
