using Graph.Testing.Postgres;

namespace Graph.Persistence.Tests.Migrations;

public sealed class BaselineMigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Uuid_generate_v7_has_version_7_the_rfc_variant_and_the_current_time()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var uuid = await Sql.ScalarAsync<Guid>(fixture.DataSource, "SELECT uuid_generate_v7()");
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var bytes = uuid.ToByteArray(bigEndian: true);
        Assert.Equal(7, bytes[6] >> 4);
        Assert.Equal(0b10, bytes[8] >> 6);
        var millis = bytes[..6].Aggregate(0L, (value, b) => (value << 8) | b);
        Assert.InRange(millis, before - 1000, after + 1000); // the database clock may differ slightly
    }

    [Fact]
    public async Task Uuid_generate_v7_values_sort_by_creation_time_across_milliseconds()
    {
        var uuids = new List<string>();
        for (var i = 0; i < 20; i++)
            uuids.Add((await Sql.ScalarAsync<Guid>(fixture.DataSource, "SELECT uuid_generate_v7() FROM pg_sleep(0.002)")).ToString());

        Assert.Equal(20, uuids.Distinct().Count());
        Assert.Equal(uuids.Order(StringComparer.Ordinal), uuids);
    }

    [Fact]
    public async Task Set_updated_at_stamps_the_row_on_update()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, """
            CREATE TABLE stamped (id uuid PRIMARY KEY DEFAULT uuid_generate_v7(), name text,
                                  updated_at timestamptz NOT NULL DEFAULT '2000-01-01');
            CREATE TRIGGER stamped_set_updated_at BEFORE UPDATE ON stamped FOR EACH ROW EXECUTE FUNCTION set_updated_at();
            INSERT INTO stamped (name) VALUES ('before');
            """);

        await Sql.ExecuteAsync(fixture.ConnectionString, "UPDATE stamped SET name = 'after'");

        var updatedAt = await Sql.ScalarAsync<DateTime>(fixture.DataSource, "SELECT updated_at FROM stamped");
        Assert.InRange(updatedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(5));
    }
}
