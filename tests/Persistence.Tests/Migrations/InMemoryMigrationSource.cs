using Graph.Persistence.Migrations;

namespace Graph.Persistence.Tests.Migrations;

/// <summary>Migrations given as file name → SQL, for tests that need their own or altered ones.</summary>
internal sealed class InMemoryMigrationSource(params (string FileName, string Sql)[] files) : IMigrationSource
{
    public IReadOnlyList<Migration> Load() => MigrationFiles.Pair(files.Select(f => KeyValuePair.Create(f.FileName, f.Sql)));
}
