using Graph.Persistence;
using Graph.Persistence.Migrations;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;
using Graph.Schema.Programs;
using Graph.Schema.Tests.StatusChanges;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Tests.Workflows;

/// <summary>The OVERDUE job as several servers run it: two service providers ("servers") over one database, each with
/// its own contexts and outbox.</summary>
public sealed class OverdueJobTests : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private readonly List<(ServiceProvider Services, RecordingSink Published)> _servers = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        for (var i = 0; i < 2; i++)
        {
            var published = new RecordingSink();
            var services = new ServiceCollection();
            services.AddPooledDbContextFactory<GraphDbContext>(o => PersistenceServiceCollectionExtensions.ConfigureDbContext(o, _database.DataSource));
            services.AddSingleton<IEventOutbox>(new EventOutbox(
                _database.DataSource, Options.Create(new EventOutboxOptions { Mode = EventDeliveryMode.InProcess }), [published], NullLogger<EventOutbox>.Instance));
            services.AddLogging();
            services.AddSingleton(new MigratedGate(new MigrationRunner(_database.DataSource, new EmbeddedMigrationSource()), NullLogger<MigratedGate>.Instance));
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Overdue:Interval"] = "00:00:00.050", ["Overdue:BatchSize"] = "3" })
                .Build());
            services.AddOverdueJob();
            _servers.Add((services.BuildServiceProvider(), published));
        }
    }

    [Fact]
    public async Task Two_servers_at_once_change_each_installment_once_with_one_event()
    {
        var (due, later, paid) = await ScheduleAsync(due: 40, later: 3, paidLate: 2);

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _servers[i % 2].Services.GetRequiredService<OverdueJob>().RunOnceAsync(batchSize: 7, CancellationToken.None)));

        Assert.Equal(due.Count, runs.Sum());
        await AssertEachMarkedOnceAsync(due, later, paid);
    }

    [Fact]
    public async Task The_hosted_job_runs_on_its_interval_on_both_servers()
    {
        var (due, later, paid) = await ScheduleAsync(due: 10, later: 1, paidLate: 1);
        var services = _servers.Select(s => s.Services.GetServices<IHostedService>().OfType<OverdueJobService>().Single()).ToList();
        foreach (var service in services)
            await service.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(async () => await CountAsync($"SELECT count(*) FROM installments WHERE status = 'OVERDUE' AND id = ANY($1)", due) == due.Count);
            // Installments falling due after the start are found by a later tick.
            var more = (await ScheduleAsync(due: 4, later: 0, paidLate: 0)).Due;
            await WaitUntilAsync(async () => await CountAsync($"SELECT count(*) FROM installments WHERE status = 'OVERDUE' AND id = ANY($1)", more) == more.Count);
            due.AddRange(more);
            // A run publishes after it commits: stopping before then would cancel the publish (the sweeper's to deliver).
            var topics = due.Select(id => "installmentStatusChanged:" + id.ToString("D")).ToHashSet();
            await WaitUntilAsync(() => Task.FromResult(_servers.Sum(s => s.Published.Events.Count(e => topics.Contains(e.Topic))) >= due.Count));
        }
        finally
        {
            foreach (var service in services)
                await service.StopAsync(CancellationToken.None);
        }

        await AssertEachMarkedOnceAsync(due, later, paid);
    }

    private async Task AssertEachMarkedOnceAsync(List<Guid> due, List<Guid> later, List<Guid> paid)
    {
        Assert.Equal(due.Count, await CountAsync("SELECT count(*) FROM installments WHERE status = 'OVERDUE' AND id = ANY($1)", due));
        Assert.Equal(later.Count, await CountAsync("SELECT count(*) FROM installments WHERE status = 'PENDING' AND id = ANY($1)", later));
        Assert.Equal(paid.Count, await CountAsync("SELECT count(*) FROM installments WHERE status = 'PAID' AND id = ANY($1)", paid));
        var topics = due.Select(id => "installmentStatusChanged:" + id.ToString("D")).ToArray();
        Assert.Equal(due.Count, await CountAsync("SELECT count(DISTINCT topic) FROM event_outbox WHERE topic = ANY($1)", topics));
        Assert.Equal(due.Count, await CountAsync("SELECT count(*) FROM event_outbox WHERE topic = ANY($1)", topics));
        Assert.Equal(0L, await CountAsync(
            "SELECT count(*) FROM event_outbox WHERE topic LIKE 'installmentStatusChanged:%' AND NOT topic = ANY($1)", topics));
        var published = _servers.SelectMany(s => s.Published.Events).Where(e => topics.Contains(e.Topic)).ToList();
        Assert.Equal(due.Count, published.Count);
        Assert.All(published, e => Assert.Equal("PENDING", e.Payload.GetProperty("previousStatus").GetString()));
        Assert.All(published, e => Assert.Equal("OVERDUE", e.Payload.GetProperty("status").GetString()));
    }

    /// <summary>One enrollment's installments: PENDING past due, PENDING due today or later, PAID past due.</summary>
    private async Task<(List<Guid> Due, List<Guid> Later, List<Guid> Paid)> ScheduleAsync(int due, int later, int paidLate)
    {
        var enrollment = await Sql.ScalarAsync<Guid>(_database.DataSource, """
            WITH p AS (INSERT INTO programs (name) VALUES ('Program ' || gen_random_uuid()) RETURNING id),
                 s AS (INSERT INTO students (first_name) VALUES ('Student') RETURNING id)
            INSERT INTO enrollments (student_id, program_id, start_date, contract_value, plan_type)
            SELECT s.id, p.id, current_date - 400, 1000, 'SPLIT' FROM s, p RETURNING id
            """);
        async Task<List<Guid>> Add(int count, string status, int dueInDays)
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                ids.Add(await Sql.ScalarAsync<Guid>(_database.DataSource, $"""
                    INSERT INTO installments (enrollment_id, amount, due_date, status, amount_paid)
                    VALUES ('{enrollment}', 10, (now() AT TIME ZONE 'UTC')::date + {dueInDays - i}, '{status}', {(status == "PAID" ? 10 : 0)}) RETURNING id
                    """));
            }

            return ids;
        }

        return (await Add(due, "PENDING", -1), await Add(later, "PENDING", later), await Add(paidLate, "PAID", -2));
    }

    private async Task<long> CountAsync(string sql, object values)
    {
        await using var command = _database.DataSource.CreateCommand(sql);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = values });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
            await Task.Delay(20, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        foreach (var (services, _) in _servers)
            await services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
