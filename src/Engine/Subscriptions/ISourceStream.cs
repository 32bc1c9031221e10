namespace Graph.Engine.Subscriptions;

/// <summary>A subscription's source event stream (§6.2.3.1): the events of one subscriber.</summary>
public interface ISourceStream : IAsyncDisposable
{
    /// <summary>The events as objects, the shape <c>OutputField.Subscribe</c> returns.</summary>
    IAsyncEnumerable<object?> ReadEventsAsync();
}

/// <summary>A typed <see cref="ISourceStream"/>.</summary>
public interface ISourceStream<out TMessage> : ISourceStream
{
    IAsyncEnumerable<TMessage> ReadMessagesAsync();
}
