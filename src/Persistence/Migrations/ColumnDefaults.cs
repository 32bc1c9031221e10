using System.Text.RegularExpressions;

namespace Graph.Persistence.Migrations;

/// <summary>
/// Which columns have a default, read from the migrations' SQL (<c>CREATE TABLE</c> column lines,
/// <c>ADD COLUMN … DEFAULT</c>, <c>ALTER COLUMN … SET/DROP DEFAULT</c>, <c>DROP TABLE</c>), so that what can be left
/// out of a write is known without a database. A test compares it with the catalog of a migrated database.
/// </summary>
public static partial class ColumnDefaults
{
    private static readonly Lazy<HashSet<string>> Defaults = new(() => Read(new EmbeddedMigrationSource().Load()));

    /// <summary>Whether <paramref name="table"/>.<paramref name="column"/> has a default once every migration is applied.</summary>
    public static bool Has(string table, string column) => Defaults.Value.Contains(table + "." + column);

    public static HashSet<string> Read(IEnumerable<Migration> migrations)
    {
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            string? table = null;
            foreach (var raw in migration.Sql.Split('\n'))
            {
                var line = Comment().Replace(raw, "").Trim();
                if (CreateTable().Match(line) is { Success: true } create)
                {
                    table = create.Groups[1].Value;
                    continue;
                }

                if (table is not null)
                {
                    if (line.StartsWith(')'))
                        table = null;
                    else if (ColumnLine().Match(line) is { Success: true } column && !IsConstraint(column.Groups[1].Value) && HasDefault(line))
                        defaults.Add(table + "." + column.Groups[1].Value);
                    continue;
                }

                if (AddColumn().Match(line) is { Success: true } added && HasDefault(line))
                    defaults.Add(added.Groups[1].Value + "." + added.Groups[2].Value);
                else if (SetDefault().Match(line) is { Success: true } set)
                    defaults.Add(set.Groups[1].Value + "." + set.Groups[2].Value);
                else if (DropDefault().Match(line) is { Success: true } dropped)
                    defaults.Remove(dropped.Groups[1].Value + "." + dropped.Groups[2].Value);
                else if (DropTable().Match(line) is { Success: true } gone)
                    defaults.RemoveWhere(d => d.StartsWith(gone.Groups[1].Value + ".", StringComparison.Ordinal));
            }
        }

        return defaults;
    }

    private static bool IsConstraint(string word) =>
        word.ToUpperInvariant() is "CONSTRAINT" or "PRIMARY" or "UNIQUE" or "CHECK" or "FOREIGN" or "EXCLUDE";

    private static bool HasDefault(string line) => DefaultKeyword().IsMatch(line) || GeneratedIdentity().IsMatch(line);

    [GeneratedRegex(@"--.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^CREATE TABLE (?:IF NOT EXISTS )?(\w+) \($", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^(\w+)\s")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"\bDEFAULT\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultKeyword();

    [GeneratedRegex(@"\bGENERATED\b.*\bAS IDENTITY\b", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedIdentity();

    [GeneratedRegex(@"^ALTER TABLE (?:ONLY )?(\w+) ADD COLUMN (?:IF NOT EXISTS )?(\w+)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"^ALTER TABLE (?:ONLY )?(\w+) ALTER COLUMN (\w+) SET DEFAULT\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetDefault();

    [GeneratedRegex(@"^ALTER TABLE (?:ONLY )?(\w+) ALTER COLUMN (\w+) DROP DEFAULT\b", RegexOptions.IgnoreCase)]
    private static partial Regex DropDefault();

    [GeneratedRegex(@"^DROP TABLE (?:IF EXISTS )?(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DropTable();
}
