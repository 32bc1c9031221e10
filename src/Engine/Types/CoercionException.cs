namespace Graph.Engine.Types;

/// <summary>A value that a scalar or enum cannot represent; the message is what the client sees.</summary>
public sealed class CoercionException(string message, Exception? inner = null) : Exception(message, inner);
