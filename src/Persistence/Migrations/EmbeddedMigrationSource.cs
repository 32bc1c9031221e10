namespace Graph.Persistence.Migrations;

/// <summary>The SQL files in src/Persistence/Migrations, compiled into the assembly.</summary>
public sealed class EmbeddedMigrationSource : IMigrationSource
{
    private const string Prefix = "Migrations/";

    private readonly Lazy<IReadOnlyList<Migration>> _migrations = new(ReadResources);

    public IReadOnlyList<Migration> Load() => _migrations.Value;

    private static IReadOnlyList<Migration> ReadResources()
    {
        var assembly = typeof(EmbeddedMigrationSource).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return KeyValuePair.Create(n[Prefix.Length..], reader.ReadToEnd());
            });
        return MigrationFiles.Pair(files);
    }
}
