namespace Graph.Persistence.Migrations;

/// <summary>Where the migration runner gets its migrations; the embedded SQL files in production,
/// anything a test wants to inject otherwise.</summary>
public interface IMigrationSource
{
    /// <summary>Every migration, ordered by version.</summary>
    IReadOnlyList<Migration> Load();
}
