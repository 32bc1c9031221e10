using Graph.Persistence.Migrations;

namespace Graph.Persistence.Tests.Migrations;

public sealed class MigrationFilesTests
{
    [Fact]
    public void Pairs_each_migration_with_its_rollback_in_version_order()
    {
        var migrations = MigrationFiles.Pair(Files(
            ("0002_b.sql", "B"), ("0001_a.rollback.sql", "undo A"), ("0001_a.sql", "A"), ("0002_b.rollback.sql", "undo B")));

        Assert.Equal([(1, "a", "A", "undo A"), (2, "b", "B", "undo B")], migrations.Select(m => (m.Version, m.Name, m.Sql, m.RollbackSql)));
        Assert.Equal("0001_a.sql", migrations[0].FileName);
        Assert.Equal("0001_a.rollback.sql", migrations[0].RollbackFileName);
    }

    [Theory]
    [InlineData("0001_a.sql", "has no 0001_a.rollback.sql")]
    [InlineData("0001_a.rollback.sql", "Rollback files without a migration: 0001_a.rollback.sql")]
    [InlineData("1_a.sql", "is not named NNNN_name.sql")]
    [InlineData("0001_Upper.sql", "is not named NNNN_name.sql")]
    [InlineData("0000_zero.sql", "versions start at 0001")]
    public void Refuses_badly_named_or_unpaired_files(string fileName, string message)
    {
        var error = Assert.Throws<MigrationException>(() => MigrationFiles.Pair(Files((fileName, "SELECT 1"))));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Refuses_two_migrations_with_one_version()
    {
        var error = Assert.Throws<MigrationException>(() => MigrationFiles.Pair(Files(
            ("0001_a.sql", ""), ("0001_a.rollback.sql", ""), ("0001_b.sql", ""), ("0001_b.rollback.sql", ""))));

        Assert.Contains("Two migrations share version 0001", error.Message);
    }

    [Fact]
    public void The_embedded_migrations_start_at_0001_and_have_no_gaps()
    {
        var migrations = new EmbeddedMigrationSource().Load();

        Assert.Equal("0001_baseline.sql", migrations[0].FileName);
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.RollbackSql), m.RollbackFileName));
    }

    [Fact]
    public void The_checksum_is_the_sha256_of_the_sql()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Migration.ComputeChecksum("abc"));
    }

    private static IEnumerable<KeyValuePair<string, string>> Files(params (string Name, string Sql)[] files) =>
        files.Select(f => KeyValuePair.Create(f.Name, f.Sql));
}
