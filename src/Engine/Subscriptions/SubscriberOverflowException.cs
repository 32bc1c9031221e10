namespace Graph.Engine.Subscriptions;

/// <summary>A subscriber fell so far behind that its bounded buffer filled; its stream ends with this.</summary>
public sealed class SubscriberOverflowException(string message) : Exception(message);
