using System.Diagnostics;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Schema.StatusChanges;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Graph.Schema.Tests.StatusChanges;

/// <summary><c>Database:LockTimeout</c> bounds how long a mutation's transaction waits for a row another one holds.</summary>
public sealed class LockTimeoutTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_row_held_past_the_configured_lock_timeout_is_refused_after_that_timeout()
    {
        var configured = TimeSpan.FromMilliseconds(300);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Graph"] = database.ConnectionString,
            ["Database:LockTimeout"] = configured.ToString(),
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddGraphPersistence(configuration).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<GraphDbContext>>();
        var id = Guid.CreateVersion7();
        await using (var setup = await contexts.CreateDbContextAsync())
        {
            setup.Set<User>().Add(new User { Id = id, Email = "locked@test.graph", PasswordHash = "x", FirstName = "Locked", LastName = "Row", Roles = [Role.Customer], IsActive = true });
            await setup.SaveChangesAsync();
        }

        await using var holder = await database.DataSource.OpenConnectionAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT id FROM users WHERE id = $1 FOR UPDATE", holder, holding))
        {
            lockRow.Parameters.Add(new NpgsqlParameter { Value = id });
            await lockRow.ExecuteScalarAsync();
        }

        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(configured, db.LockTimeout);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var waited = Stopwatch.StartNew();
        await Assert.ThrowsAsync<RowLockedException>(() => LockedRows.FindForUpdateAsync<User>(db, id, CancellationToken.None));
        waited.Stop();

        Assert.True(waited.Elapsed >= configured - TimeSpan.FromMilliseconds(50), waited.Elapsed.ToString());
        Assert.True(waited.Elapsed < Graph.Persistence.Database.DatabaseOptions.DefaultLockTimeout, waited.Elapsed.ToString());
        await holding.RollbackAsync();
    }
}
