using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Graph.Engine.Subscriptions;

namespace Graph.Server.Realtime;

/// <summary>
/// The server's in-process topic bus. Like the engine's InMemoryTopicEventBus each subscriber has its own
/// bounded buffer, so a sender never waits for anyone; unlike it, a full buffer does not drop events
/// silently: the subscriber's stream ends with <see cref="SubscriberOverflowException"/>, which the transports
/// turn into a close the client can see (1013) and recover from by resubscribing.
/// </summary>
public sealed class BoundedTopicEventBus(int capacity = 256) : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscriber, byte>> _topics = new(StringComparer.Ordinal);

    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Count : 0;

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                if (!subscriber.Writer.TryWrite(message))
                {
                    subscribers.TryRemove(subscriber, out _);
                    subscriber.Writer.TryComplete(new SubscriberOverflowException(
                        $"The subscriber fell more than {capacity} events behind on topic '{topic}'."));
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
                subscriber.Writer.TryComplete();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var channel = Channel.CreateBounded<object?>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails instead of dropping
            SingleReader = true,
        });
        var subscriber = new Subscriber(channel.Writer);
        while (true)
        {
            var subscribers = _topics.GetOrAdd(topic, static _ => new ConcurrentDictionary<Subscriber, byte>());
            subscribers[subscriber] = 0;
            // An unsubscribe may have dropped this topic's (then empty) set meanwhile: join the current one.
            if (_topics.TryGetValue(topic, out var current) && ReferenceEquals(current, subscribers))
                break;
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
                _topics.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Subscriber, byte>>(topic, subscribers));
        }

        subscriber.Writer.TryComplete();
    }

    private sealed class Subscriber(ChannelWriter<object?> writer)
    {
        public ChannelWriter<object?> Writer { get; } = writer;
    }

    private sealed class Stream<TMessage>(BoundedTopicEventBus bus, string topic, Subscriber subscriber, ChannelReader<object?> reader)
        : ISourceStream<TMessage>
    {
        private int _disposed;

        public async IAsyncEnumerable<TMessage> ReadMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (var message in ReadEventsAsync(cancellationToken).ConfigureAwait(false))
                yield return (TMessage)message!;
        }

        IAsyncEnumerable<TMessage> ISourceStream<TMessage>.ReadMessagesAsync() => ReadMessagesAsync();

        public async IAsyncEnumerable<object?> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                // WaitToReadAsync rethrows the SubscriberOverflowException the channel was completed with.
                while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (reader.TryRead(out var message))
                        yield return message;
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
                bus.Unsubscribe(topic, subscriber);
            return ValueTask.CompletedTask;
        }
    }
}
