namespace Graph.Persistence.Outbox;

/// <summary>
/// Topic names: <c>field:key</c> carries one node's events (e.g. <c>bookingStatusChanged:0193…</c>), and its events
/// also reach subscribers of <c>field</c>, every node's.
/// </summary>
public static class OutboxTopics
{
    /// <summary>The <c>field</c> of <c>field:key</c>; a topic without a key is its own field.</summary>
    public static string FieldOf(string topic) => topic.IndexOf(':') is > 0 and var colon ? topic[..colon] : topic;

    /// <summary>Whether an event published on <paramref name="eventTopic"/> reaches subscribers of <paramref name="subscribedTopic"/>.</summary>
    public static bool Reaches(string eventTopic, string subscribedTopic) =>
        eventTopic == subscribedTopic || FieldOf(eventTopic) == subscribedTopic;
}
