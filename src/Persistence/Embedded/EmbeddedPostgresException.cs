namespace Graph.Persistence.Embedded;

/// <summary>The embedded cluster could not be created, started or stopped; the message says what to do.</summary>
public sealed class EmbeddedPostgresException(string message, Exception? inner = null)
    : Exception(message, inner);
