using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Graph.Persistence.Tests.Model;

public sealed class GraphDbContextTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Soft_deleted_leads_are_hidden_unless_filters_are_ignored()
    {
        await using (var db = Contexts.For(fixture))
        {
            db.Set<Lead>().AddRange(
                new Lead { FirstName = "Visible", Source = "soft-delete-test" },
                new Lead { FirstName = "Deleted", Source = "soft-delete-test", DeletedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var read = Contexts.For(fixture);
        Assert.Equal(["Visible"], await read.Set<Lead>().Where(l => l.Source == "soft-delete-test").Select(l => l.FirstName).ToListAsync());
        Assert.Equal(2, await read.Set<Lead>().IgnoreQueryFilters().CountAsync(l => l.Source == "soft-delete-test"));
    }

    [Fact]
    public async Task Roles_enums_and_computed_columns_round_trip_and_translate_to_sql()
    {
        Guid id;
        await using (var db = Contexts.For(fixture))
        {
            var user = new User { Email = "round.trip@example.com", FirstName = "Round", LastName = "Trip", Roles = [Role.LabTech, Role.Analyst], UserType = UserType.MedicalQuestionnaire };
            db.Set<User>().Add(user);
            Assert.Equal(7, user.Id.Version); // made on the client, before saving
            await db.SaveChangesAsync();
            id = user.Id;
            Assert.Equal("Round Trip", user.FullName);
            Assert.NotEqual(default, user.CreatedAt);
        }

        Assert.Equal("{LAB_TECH,ANALYST}", await Sql.ScalarAsync<string>(fixture.DataSource, $"SELECT roles::text FROM users WHERE id = '{id}'"));
        Assert.Equal("MEDICAL_QUESTIONNAIRE", await Sql.ScalarAsync<string>(fixture.DataSource, $"SELECT user_type FROM users WHERE id = '{id}'"));

        await using var read = Contexts.For(fixture);
        var found = await read.Set<User>().SingleAsync(u => u.Roles.Contains(Role.Analyst) && u.UserType == UserType.MedicalQuestionnaire && u.Email!.ToLower() == "ROUND.TRIP@example.com".ToLower());
        Assert.Equal(id, found.Id);
        Assert.Equal([Role.LabTech, Role.Analyst], found.Roles);
    }

    [Fact]
    public async Task Updated_at_is_read_back_after_an_update()
    {
        await using var db = Contexts.For(fixture);
        var program = new Program { Name = "Updated at program", Price = 10 };
        db.Set<Program>().Add(program);
        await db.SaveChangesAsync();
        var before = program.UpdatedAt;
        await Task.Delay(20);

        program.Price = 20;
        await db.SaveChangesAsync();

        Assert.True(program.UpdatedAt > before);
    }

    [Fact]
    public async Task Relationships_load_through_navigations()
    {
        await using (var db = Contexts.For(fixture))
        {
            var owner = new User { Email = "nav.owner@example.com", Roles = [Role.Customer] };
            var pet = new Pet { Owner = owner, Name = "Nav", Species = "Cat" };
            var category = new TestCategory { Name = "Nav category" };
            var test = new LabTest { Category = category, Name = "Nav test", Price = 12.5m };
            var booking = new Booking { Customer = owner, Pet = pet, BookingDate = DateTimeOffset.UtcNow, Status = BookingStatus.SampleCollected };
            var item = new BookingItem { Booking = booking, LabTest = test, UnitPrice = 12.5m, Status = BookingItemStatus.Collected };
            db.Set<TestReport>().Add(new TestReport { BookingItem = item, Pet = pet, LabTest = test, Status = TestReportStatus.Generated });
            await db.SaveChangesAsync();
        }

        await using var read = Contexts.For(fixture);
        var loaded = await read.Set<Booking>().Include(b => b.Items).ThenInclude(i => i.Report).Include(b => b.Customer).SingleAsync(b => b.Pet.Name == "Nav");
        Assert.Equal(BookingStatus.SampleCollected, loaded.Status);
        Assert.Equal("nav.owner@example.com", loaded.Customer.Email);
        Assert.Equal(TestReportStatus.Generated, Assert.Single(loaded.Items).Report!.Status);
        Assert.Equal(12.5m, loaded.Items[0].UnitPrice);
    }
}
