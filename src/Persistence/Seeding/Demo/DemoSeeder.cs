using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Graph.Persistence.Studio;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Persistence.Seeding.Demo;

/// <summary><c>seed --demo</c>, and every start of the embedded database: inserts whichever rows of the
/// <see cref="DemoWorld"/> are missing, by their stable ids. Rows already there are left as they are (a demo
/// booking moved along by hand stays where it was moved), so running it again changes nothing.</summary>
public sealed class DemoSeeder(IDbContextFactory<GraphDbContext> contexts, TimeProvider? clock = null, ILogger<DemoSeeder>? logger = null) : ISeeder
{
    /// <summary>Concurrent demo seeders (two servers starting on one database) take turns ("GRAPHDMO").</summary>
    private const long AdvisoryLockKey = 0x4752_4150_4844_4D4F;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<DemoSeeder>.Instance;

    public string Name => "demo";

    public int Order => 0;

    public bool Supports(SeedMode mode) => mode == SeedMode.Demo;

    public async Task SeedAsync(SeedRequest request, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var world = new DemoWorld(new DateTimeOffset(now.UtcDateTime, TimeSpan.Zero));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);

        await AdoptCatalogueAsync(db, world, cancellationToken);

        var inserted = 0;
        var lists = DemoWorld.RowLists;
        var step = 0;
        var newLeads = new HashSet<Guid>();
        foreach (var list in lists)
        {
            var rows = list.GetValue(world)!;
            inserted += list.PropertyType.GetGenericArguments()[0].Name switch
            {
                // One hash for every new account, made only when there is a new account to give it to.
                nameof(User) => await AddMissingAsync(db, (List<User>)rows, missing =>
                {
                    var withEmail = missing.Where(u => u.Email is not null).ToList();
                    if (withEmail.Count == 0)
                        return;
                    var hash = PasswordHashing.Hash(DemoAccounts.Password);
                    foreach (var user in withEmail)
                        user.PasswordHash = hash;
                }, cancellationToken),
                nameof(Lead) => await AddMissingAsync(db, (List<Lead>)rows, missing => newLeads = missing.Select(l => l.Id).ToHashSet(), cancellationToken),
                _ => await (Task<int>)AddMethod.MakeGenericMethod(list.PropertyType.GetGenericArguments()[0]).Invoke(null, [db, rows, null, cancellationToken])!,
            };
            progress.Report(++step / (lists.Count + 1.0));
        }

        // The lead's half of a conversion, for leads this run inserted (not to undo a later edit).
        foreach (var (leadId, studentId, convertedAt) in world.Conversions.Where(c => newLeads.Contains(c.LeadId)))
        {
            await db.Set<Lead>().IgnoreQueryFilters().Where(l => l.Id == leadId && l.ConvertedStudentId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.ConvertedStudentId, studentId).SetProperty(l => l.ConvertedAt, convertedAt), cancellationToken);
        }

        // Invoices this run inserted (still drafts) are sent or cancelled, then paid.
        foreach (var (invoiceId, status, payments) in world.InvoiceMoves.Where(m => m.Status != InvoiceStatus.Draft))
        {
            var moved = await db.Set<Invoice>().Where(i => i.Id == invoiceId && i.Status == InvoiceStatus.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status), cancellationToken);
            if (moved == 1)
                inserted += await AddMissingAsync(db, [.. payments], null, cancellationToken);
        }

        progress.Report(1);
        await transaction.CommitAsync(cancellationToken);
        _logger.LogInformation("Demo data: inserted {Inserted} missing row(s)", inserted);
    }

    /// <summary>Catalogue rows are unique by name, and <c>seed --scale</c> makes some of the same names: the demo
    /// uses those rows rather than add its own.</summary>
    private static async Task AdoptCatalogueAsync(GraphDbContext db, DemoWorld world, CancellationToken cancellationToken)
    {
        var categoryNames = world.TestCategories.Select(c => c.Name).ToList();
        var categories = await db.Set<TestCategory>().Where(c => categoryNames.Contains(c.Name)).ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        foreach (var category in world.TestCategories.ToList())
        {
            if (categories.TryGetValue(category.Name, out var id))
                world.Adopt(category.Id, id);
        }

        var testNames = world.LabTests.Select(t => t.Name).ToList();
        var tests = await db.Set<LabTest>().Where(t => testNames.Contains(t.Name)).Select(t => new { t.CategoryId, t.Name, t.Id }).ToListAsync(cancellationToken);
        foreach (var test in world.LabTests.ToList())
        {
            if (tests.FirstOrDefault(t => t.CategoryId == test.CategoryId && t.Name == test.Name) is { } existing)
                world.Adopt(test.Id, existing.Id);
        }

        var programNames = world.Programs.Select(p => p.Name).ToList();
        var programs = await db.Set<Program>().Where(p => programNames.Contains(p.Name)).ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
        foreach (var program in world.Programs.ToList())
        {
            if (programs.TryGetValue(program.Name, out var id))
                world.Adopt(program.Id, id);
        }
    }

    private static readonly System.Reflection.MethodInfo AddMethod =
        typeof(DemoSeeder).GetMethod(nameof(AddMissingAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<int> AddMissingAsync<T>(GraphDbContext db, List<T> rows, Action<List<T>>? beforeInsert, CancellationToken cancellationToken)
        where T : Entity
    {
        var ids = rows.Select(r => r.Id).ToList();
        var existing = await db.Set<T>().IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var present = existing.ToHashSet();
        var missing = rows.Where(r => !present.Contains(r.Id)).ToList();
        if (missing.Count == 0)
            return 0;
        beforeInsert?.Invoke(missing);
        db.Set<T>().AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return missing.Count;
    }
}
