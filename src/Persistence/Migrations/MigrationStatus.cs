namespace Graph.Persistence.Migrations;

/// <summary>How a database compares with the migrations this build carries.</summary>
public sealed record MigrationStatus(IReadOnlyList<Migration> Pending, IReadOnlyList<ChangedMigration> Changed)
{
    public bool IsCurrent => Pending.Count == 0 && Changed.Count == 0;

    public string Describe()
    {
        if (IsCurrent)
            return "All migrations are applied.";
        var parts = new List<string>();
        if (Pending.Count > 0)
            parts.Add("pending: " + string.Join(", ", Pending.Select(m => m.FileName)));
        if (Changed.Count > 0)
            parts.Add("changed after being applied: " + string.Join(", ", Changed.Select(c => c.Migration.FileName)));
        return string.Join("; ", parts);
    }
}

/// <summary>An applied migration whose file no longer has the checksum recorded when it ran.</summary>
public sealed record ChangedMigration(Migration Migration, string AppliedChecksum)
{
    public string Describe() =>
        $"Migration {Migration.FileName} was changed after it was applied: schema_migrations records checksum {AppliedChecksum}, " +
        $"the file now has {Migration.Checksum}. Never edit an applied migration; restore the file and add a new migration instead.";
}
