using System.Text.RegularExpressions;

namespace Graph.Persistence.Migrations;

/// <summary>Pairs <c>NNNN_name.sql</c> files with their <c>NNNN_name.rollback.sql</c>.</summary>
public static partial class MigrationFiles
{
    public static IReadOnlyList<Migration> Pair(IEnumerable<KeyValuePair<string, string>> files)
    {
        var ups = new Dictionary<int, (string Name, string Sql)>();
        var rollbacks = new Dictionary<string, string>();
        foreach (var (fileName, content) in files)
        {
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
                throw new MigrationException($"Migration file '{fileName}' is not named NNNN_name.sql or NNNN_name.rollback.sql (lower case).");
            var version = int.Parse(match.Groups["version"].Value);
            var name = match.Groups["name"].Value;
            if (match.Groups["rollback"].Success)
            {
                rollbacks[$"{version:D4}_{name}"] = content;
            }
            else if (!ups.TryAdd(version, (name, content)))
            {
                throw new MigrationException($"Two migrations share version {version:D4}: {version:D4}_{ups[version].Name}.sql and {fileName}.");
            }
        }

        var migrations = new List<Migration>();
        foreach (var (version, (name, sql)) in ups.OrderBy(u => u.Key))
        {
            if (version == 0)
                throw new MigrationException($"Migration {version:D4}_{name}.sql: versions start at 0001 (rollback --to 0 means 'undo everything').");
            if (!rollbacks.Remove($"{version:D4}_{name}", out var rollback))
                throw new MigrationException($"Migration {version:D4}_{name}.sql has no {version:D4}_{name}.rollback.sql.");
            migrations.Add(new Migration(version, name, sql, rollback));
        }

        if (rollbacks.Count > 0)
            throw new MigrationException($"Rollback files without a migration: {string.Join(", ", rollbacks.Keys.Select(k => k + ".rollback.sql"))}.");
        return migrations;
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)(?<rollback>\.rollback)?\.sql$")]
    private static partial Regex FileNamePattern();
}
