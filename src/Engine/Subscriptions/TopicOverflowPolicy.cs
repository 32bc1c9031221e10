namespace Graph.Engine.Subscriptions;

/// <summary>What <see cref="InMemoryTopicEventBus"/> does when a subscriber's bounded buffer is full.</summary>
public enum TopicOverflowPolicy
{
    /// <summary>Drop the subscriber's oldest buffered event and keep it subscribed (it silently misses events).</summary>
    DropOldest,

    /// <summary>
    /// Unsubscribe it: its stream ends with <see cref="SubscriberOverflowException"/>, so a transport can tell the
    /// client (which then resubscribes) instead of losing events silently.
    /// </summary>
    EndSubscriber,
}
