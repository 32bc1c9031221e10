namespace Graph.Persistence.Migrations;

/// <summary>Migrations cannot run as asked; the message names the file and what to do.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
