namespace Graph.Engine.Subscriptions;

/// <summary>Publishes messages to the subscribers of a topic (e.g. a mutation announcing a change).</summary>
public interface ITopicEventSender
{
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Ends the topic: every current subscriber's stream completes.</summary>
    ValueTask CompleteAsync(string topic);
}
