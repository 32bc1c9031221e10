using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Tests.Model;
using Graph.Testing.Postgres;
using Microsoft.AspNetCore.Identity;

namespace Graph.Persistence.Tests.Seeding;

public sealed class DemoSeederTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly string[] Tables =
    [
        "users", "addresses", "pets", "test_categories", "lab_tests", "bookings", "booking_items", "test_batch_groups", "test_reports",
        "team_members", "leads", "programs", "students", "enrollments", "installments", "payments",
    ];

    private Dictionary<string, long> _afterFirstRun = [];

    public async Task InitializeAsync()
    {
        await SeedAsync();
        _afterFirstRun = await CountsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task SeedAsync()
    {
        await new DemoSeeder(Contexts.Factory(fixture.DataSource)).SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
            counts[table] = await Sql.ScalarAsync<long>(fixture.DataSource, $"SELECT count(*) FROM {table}");
        return counts;
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await SeedAsync();

        Assert.Equal(_afterFirstRun, await CountsAsync());
        Assert.All(_afterFirstRun, count => Assert.True(count.Value > 0, $"{count.Key} is empty"));
    }

    [Fact]
    public async Task Seeding_again_restores_a_deleted_row_and_leaves_edited_rows_alone()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connection);
        var seeder = new DemoSeeder(Contexts.Factory(dataSource));
        await seeder.SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);
        await Sql.ExecuteAsync(connection, "DELETE FROM users WHERE email = 'marketing@demo.graph'; UPDATE bookings SET notes = 'edited'");

        await seeder.SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);

        Assert.Equal(1L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM users WHERE email = 'marketing@demo.graph'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM bookings WHERE notes IS DISTINCT FROM 'edited'"));
    }

    [Fact]
    public async Task Demo_after_scale_adopts_the_catalogue_rows_scale_made_and_scale_after_demo_too()
    {
        var connection = await fixture.CreateMigratedDatabaseAsync();
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connection);
        await new Graph.Persistence.Seeding.Scale.ScaleSeeder(dataSource).SeedAsync(new SeedRequest(SeedMode.Scale, 100), new Progress<double>(), CancellationToken.None);
        var seeder = new DemoSeeder(Contexts.Factory(dataSource));

        await seeder.SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);
        var programs = await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM programs");
        await seeder.SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);
        await new Graph.Persistence.Seeding.Scale.ScaleSeeder(dataSource).SeedAsync(new SeedRequest(SeedMode.Scale, 100), new Progress<double>(), CancellationToken.None);

        Assert.Equal(programs, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM programs"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM test_categories WHERE name = 'Hematology'"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM lab_tests WHERE name = 'Complete Blood Count'"));
        Assert.Equal(12L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM users WHERE email LIKE '%@demo.graph' AND cardinality(roles) = 1 AND email NOT LIKE '%.%@%'"));
        Assert.Equal(2 * 100 + 7L, await Sql.ScalarAsync<long>(dataSource, "SELECT count(*) FROM bookings"));
    }

    [Fact]
    public async Task There_is_one_demo_account_per_role_with_the_demo_password()
    {
        var accounts = await Sql.ColumnAsync(fixture.ConnectionString, "SELECT email || ' ' || array_to_string(roles, ',') FROM users WHERE email LIKE '%@demo.graph' AND cardinality(roles) = 1 ORDER BY 1");
        foreach (var role in Enum.GetValues<Role>())
            Assert.Contains($"{DemoAccounts.EmailFor(role)} {EnumValues<Role>.ToSql(role)}", accounts);
        Assert.Equal("lab_tech@demo.graph", DemoAccounts.EmailFor(Role.LabTech));

        var hashes = await Sql.ColumnAsync(fixture.ConnectionString, "SELECT DISTINCT password_hash FROM users WHERE password_hash IS NOT NULL");
        var hash = Assert.Single(hashes); // hashed once per run
        Assert.Equal(PasswordVerificationResult.Success, PasswordHashing.Verify(hash, DemoAccounts.Password));
        Assert.Equal(PasswordVerificationResult.Failed, PasswordHashing.Verify(hash, "wrong-password"));
    }

    [Theory]
    [InlineData("bookings", "status", "PENDING,CONFIRMED,SAMPLE_COLLECTED,PROCESSING,COMPLETED,CANCELLED")]
    [InlineData("booking_items", "status", "PENDING,COLLECTED,PROCESSING,COMPLETED")]
    [InlineData("test_reports", "status", "PENDING,GENERATED,VERIFIED,DELIVERED")]
    [InlineData("leads", "status", "NEW,CONTACTED,QUALIFIED,EVALUATION_BOOKED,EVALUATION_CONFIRMED,EVALUATION_COMPLETE,CONVERTED,LOST,ARCHIVED")]
    [InlineData("enrollments", "status", "ACTIVE,FROZEN,COMPLETED,CANCELLED")]
    [InlineData("enrollments", "plan_type", "PIF,SPLIT")]
    [InlineData("installments", "status", "PENDING,PAID,OVERDUE")]
    [InlineData("payments", "status", "PENDING,PAID,FAILED,REFUNDED")]
    [InlineData("team_members", "role", "CLOSER,SETTER,DM_SETTER")]
    public async Task Every_status_occurs(string table, string column, string values)
    {
        var present = await Sql.ColumnAsync(fixture.ConnectionString, $"SELECT DISTINCT {column} FROM {table}");

        Assert.Equal(values.Split(',').Order(), present.Order());
    }

    [Fact]
    public async Task The_world_is_coherent()
    {
        // Reports belong to the booking's pet and test; item states follow the booking; the converted lead and its student point at each other.
        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.DataSource, """
            SELECT count(*) FROM test_reports r JOIN booking_items i ON i.id = r.booking_item_id JOIN bookings b ON b.id = i.booking_id
            WHERE r.pet_id <> b.pet_id OR r.lab_test_id <> i.lab_test_id OR b.status NOT IN ('SAMPLE_COLLECTED', 'PROCESSING', 'COMPLETED')
            """));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(fixture.DataSource, """
            SELECT count(*) FROM leads l JOIN students s ON s.id = l.converted_student_id AND s.converted_from_lead_id = l.id
            WHERE l.status = 'CONVERTED' AND l.converted_at IS NOT NULL
            """));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.DataSource, """
            SELECT count(*) FROM enrollments e
            WHERE e.contract_value IS DISTINCT FROM (SELECT sum(amount) FROM installments i WHERE i.enrollment_id = e.id)
            """));
        // PIF: one installment of the whole value due at the start (as convertLead makes it), which its payment pays.
        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.DataSource, """
            SELECT count(*) FROM enrollments e
            WHERE e.plan_type = 'PIF' AND (SELECT count(*) FROM installments i WHERE i.enrollment_id = e.id AND i.due_date = e.start_date) <> 1
               OR e.plan_type = 'PIF' AND EXISTS (SELECT 1 FROM payments p WHERE p.enrollment_id = e.id AND p.installment_id IS NULL)
            """));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(fixture.DataSource, "SELECT count(*) FROM leads WHERE deleted_at IS NOT NULL"));
        Assert.True(await Sql.ScalarAsync<long>(fixture.DataSource, "SELECT count(*) FROM users u WHERE 'CUSTOMER' = ANY (u.roles) AND EXISTS (SELECT 1 FROM pets p WHERE p.user_id = u.id)") >= 3);
    }
}
