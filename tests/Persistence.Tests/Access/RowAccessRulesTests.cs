using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Tests.Model;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Persistence.Tests.Access;

/// <summary>The row rules hold in every query of a context reading for a viewer, and a viewer change applies at the next query.</summary>
public sealed class RowAccessRulesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await new DemoSeeder(Contexts.Factory(fixture.DataSource)).SeedAsync(new SeedRequest(SeedMode.Demo), new Progress<double>(), CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    private static DataViewer Account(Role role) => new(DemoIds.For("user/" + role), [role]);

    private GraphDbContext ReadingAs(DataViewer viewer) => Contexts.For(fixture).ReadFor(new DataViewerScope { Viewer = viewer });

    [Fact]
    public async Task A_context_read_after_its_request_ended_reads_as_nobody_never_as_the_platform()
    {
        await using var services = new ServiceCollection()
            .AddPooledDbContextFactory<GraphDbContext>(o => PersistenceServiceCollectionExtensions.ConfigureDbContext(o, fixture.DataSource))
            .BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<GraphDbContext>>();
        var scope = new DataViewerScope { Viewer = Account(Role.Customer) };

        var db = contexts.CreateDbContext().ReadFor(scope);
        Assert.Same(scope.Viewer, db.Viewer);
        await db.DisposeAsync();
        Assert.Same(DataViewer.Anonymous, db.Viewer);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => db.Set<Pet>().CountAsync());

        // Leased again (the pool hands out the same instance), it is a fresh context reading for the platform, as workers need.
        await using (var again = contexts.CreateDbContext())
        {
            Assert.Same(db, again);
            Assert.True(again.Viewer.Unrestricted);
        }

        // A worker's context read after its disposal fails closed too, and so does an unpooled one.
        Assert.Same(DataViewer.Anonymous, db.Viewer);
        var plain = Contexts.For(fixture).ReadFor(scope);
        await plain.DisposeAsync();
        Assert.Same(DataViewer.Anonymous, plain.Viewer);
    }

    [Fact]
    public async Task A_customer_reads_only_their_pets_bookings_and_reports()
    {
        var customer = Account(Role.Customer);
        await using var all = Contexts.For(fixture);
        await using var db = ReadingAs(customer);

        var ownPets = await all.Set<Pet>().Where(p => p.UserId == customer.UserId).Select(p => p.Id).OrderBy(id => id).ToListAsync();
        Assert.NotEmpty(ownPets);
        Assert.True(await all.Set<Pet>().CountAsync() > ownPets.Count);
        Assert.Equal(ownPets, await db.Set<Pet>().Select(p => p.Id).OrderBy(id => id).ToListAsync());
        Assert.All(await db.Set<Booking>().ToListAsync(), b => Assert.Equal(customer.UserId, b.UserId));
        Assert.All(await db.Set<TestReport>().Include(r => r.Pet).ToListAsync(), r => Assert.Equal(customer.UserId, r.Pet.UserId));

        // Reports only once released: one not yet verified is no row of theirs.
        var released = new[] { TestReportStatus.Verified, TestReportStatus.Delivered };
        Assert.True(await all.Set<TestReport>().CountAsync(r => r.BookingItem.Booking.UserId == customer.UserId && !released.Contains(r.Status)) > 0);
        Assert.Equal(
            await all.Set<TestReport>().Where(r => r.BookingItem.Booking.UserId == customer.UserId && released.Contains(r.Status)).Select(r => r.Id).OrderBy(id => id).ToListAsync(),
            await db.Set<TestReport>().Select(r => r.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(
            await all.Set<Booking>().Where(b => b.UserId == customer.UserId).SelectMany(b => b.Items).CountAsync(),
            await db.Set<BookingItem>().CountAsync());

        // Through a navigation of a visible row, too: the customer's own user row lists only their pets.
        var me = await db.Set<User>().Where(u => u.Id == customer.UserId).Select(u => new { Pets = u.Pets.Count }).SingleAsync();
        Assert.Equal(ownPets.Count, me.Pets);
        Assert.Equal(1, await db.Set<User>().CountAsync());
    }

    [Fact]
    public async Task A_collector_reads_only_the_bookings_assigned_to_them_and_those_pets()
    {
        var collector = Account(Role.Collector);
        await using var all = Contexts.For(fixture);
        await using var db = ReadingAs(collector);

        var assigned = await all.Set<Booking>().Where(b => b.CollectionStaffId == collector.UserId).Select(b => b.Id).OrderBy(id => id).ToListAsync();
        Assert.NotEmpty(assigned);
        Assert.True(await all.Set<Booking>().CountAsync() > assigned.Count);
        Assert.Equal(assigned, await db.Set<Booking>().Select(b => b.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(
            await all.Set<Booking>().Where(b => b.CollectionStaffId == collector.UserId).Select(b => b.PetId).Distinct().OrderBy(id => id).ToListAsync(),
            await db.Set<Pet>().Select(p => p.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(0, await db.Set<TestReport>().CountAsync());
    }

    [Fact]
    public async Task A_student_reads_only_their_enrollments_installments_and_payments()
    {
        var student = Account(Role.Student);
        await using var all = Contexts.For(fixture);
        await using var db = ReadingAs(student);

        var own = await all.Set<Enrollment>().Where(e => e.Student.UserId == student.UserId).Select(e => e.Id).OrderBy(id => id).ToListAsync();
        Assert.NotEmpty(own);
        Assert.True(await all.Set<Enrollment>().CountAsync() > own.Count);
        Assert.Equal(own, await db.Set<Enrollment>().Select(e => e.Id).OrderBy(id => id).ToListAsync());
        Assert.All(await db.Set<Installment>().Select(i => i.EnrollmentId).ToListAsync(), id => Assert.Contains(id, own));
        Assert.Equal(0, await db.Set<Lead>().CountAsync());
        Assert.True(await db.Set<Program>().CountAsync() > 0); // the catalogue is public
    }

    [Fact]
    public async Task Anonymous_reads_only_public_rows_and_staff_read_theirs()
    {
        await using var all = Contexts.For(fixture);
        await using var anonymous = ReadingAs(DataViewer.Anonymous);
        Assert.Equal(0, await anonymous.Set<User>().CountAsync());
        Assert.Equal(0, await anonymous.Set<Pet>().CountAsync());
        Assert.Equal(0, await anonymous.Set<Payment>().CountAsync());
        Assert.Equal(await all.Set<LabTest>().CountAsync(), await anonymous.Set<LabTest>().CountAsync());

        await using var lab = ReadingAs(Account(Role.LabTech));
        Assert.Equal(await all.Set<TestReport>().CountAsync(), await lab.Set<TestReport>().CountAsync());
        Assert.Equal(0, await lab.Set<Lead>().CountAsync());

        await using var sales = ReadingAs(Account(Role.Sales));
        Assert.Equal(await all.Set<Lead>().CountAsync(), await sales.Set<Lead>().CountAsync());
        Assert.Equal(0, await sales.Set<Pet>().CountAsync());
    }

    [Fact]
    public async Task The_viewer_is_read_at_each_query()
    {
        var scope = new DataViewerScope();
        await using var db = Contexts.For(fixture).ReadFor(scope);
        Assert.Equal(0, await db.Set<Booking>().CountAsync());
        scope.Viewer = Account(Role.Admin);
        await using var all = Contexts.For(fixture);
        Assert.Equal(await all.Set<Booking>().CountAsync(), await db.Set<Booking>().CountAsync());
    }
}
