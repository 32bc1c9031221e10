namespace Graph.Engine.Subscriptions;

/// <summary>Subscribes to a topic; what a subscription field's <c>Subscribe</c> delegate returns as its source stream.</summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Starts receiving right away (messages sent after this call are kept for the stream even before it is
    /// read). The stream is read once; disposing it, or its enumerator, unsubscribes.
    /// </summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);
}
