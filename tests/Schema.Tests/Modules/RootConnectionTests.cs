using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Modules;

/// <summary>Every root connection of the contract pages through the demo data: totalCount, aggregate, cursors both ways.</summary>
public sealed class RootConnectionTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    public static TheoryData<string> Fields =>
        ["users", "pets", "bookings", "labTests", "testReports", "leads", "programs", "students", "enrollments", "installments", "payments"];

    private static Task<int> CountAsync(GraphDbContext db, string field) => field switch
    {
        "users" => db.Set<User>().CountAsync(),
        "pets" => db.Set<Pet>().CountAsync(),
        "bookings" => db.Set<Booking>().CountAsync(),
        "labTests" => db.Set<LabTest>().CountAsync(),
        "testReports" => db.Set<TestReport>().CountAsync(),
        "leads" => db.Set<Lead>().CountAsync(),
        "programs" => db.Set<Program>().CountAsync(),
        "students" => db.Set<Student>().CountAsync(),
        "enrollments" => db.Set<Enrollment>().CountAsync(),
        "installments" => db.Set<Installment>().CountAsync(),
        "payments" => db.Set<Payment>().CountAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Pages_forward_and_back_over_every_row_with_total_count_and_aggregate(string field)
    {
        int expected;
        await using (var db = graph.CreateContext())
            expected = await CountAsync(db, field);
        Assert.True(expected > 0, $"the demo seed has no {field}");

        var seen = new List<string>();
        string? after = null;
        var totalCount = -1;
        do
        {
            var data = await graph.RunAsync(
                $$"""query($after: String) { {{field}}(first: 2, after: $after, order: [{ createdAt: DESC }]) { totalCount aggregate { count } pageInfo { hasNextPage endCursor } nodes { id createdAt } } }""",
                new Dictionary<string, object?> { ["after"] = after });
            var connection = data.GetProperty(field);
            totalCount = connection.GetProperty("totalCount").GetInt32();
            Assert.Equal(totalCount, connection.GetProperty("aggregate").GetProperty("count").GetInt32());
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(expected, totalCount);
        Assert.Equal(expected, seen.Count);
        Assert.Equal(expected, seen.Distinct().Count());

        // The last page, read backwards, is the end of the forward order.
        var last = await graph.RunAsync($$"""{ {{field}}(last: 2, order: [{ createdAt: DESC }]) { nodes { id } } }""");
        Assert.Equal(seen.TakeLast(Math.Min(2, expected)), last.GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Where_narrows_and_counts(string field)
    {
        var all = await graph.RunAsync($$"""{ {{field}}(first: 1, order: [{ createdAt: ASC }]) { nodes { createdAt } } }""");
        // DateTime is written to the millisecond, the database keeps microseconds: bound a little after the oldest.
        var oldest = DateTimeOffset.Parse(all.GetProperty(field).GetProperty("nodes")[0].GetProperty("createdAt").GetString()!).AddMilliseconds(1).ToString("O");

        var data = await graph.RunAsync(
            $$"""query($at: DateTime!) { {{field}}(where: { createdAt: { lte: $at } }) { totalCount nodes { createdAt } } }""",
            new Dictionary<string, object?> { ["at"] = oldest });
        var connection = data.GetProperty(field);
        Assert.True(connection.GetProperty("totalCount").GetInt32() >= 1);
        Assert.All(connection.GetProperty("nodes").EnumerateArray(), n =>
            Assert.True(DateTimeOffset.Parse(n.GetProperty("createdAt").GetString()!) <= DateTimeOffset.Parse(oldest!)));
    }

    [Fact]
    public async Task Aggregates_sum_money_like_the_database()
    {
        decimal expected;
        await using (var db = graph.CreateContext())
            expected = await db.Set<LabTest>().Where(t => t.IsActive).SumAsync(t => t.Price);

        var data = await graph.RunAsync("{ labTests(where: { isActive: { eq: true } }) { aggregate { sum { price } } } }");

        Assert.Equal(expected, data.GetProperty("labTests").GetProperty("aggregate").GetProperty("sum").GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task Enum_filters_and_string_filters_reach_sql()
    {
        int bookings, dogs;
        await using (var db = graph.CreateContext())
        {
            bookings = await db.Set<Booking>().CountAsync(b => b.Status == Graph.Persistence.Diagnostics.BookingStatus.Pending);
            dogs = await db.Set<Pet>().CountAsync(p => p.Species.ToLower() == "dog");
        }

        var data = await graph.RunAsync("""
            { bookings(where: { status: { eq: PENDING } }) { totalCount nodes { status } }
              pets(where: { species: { ieq: "DOG" } }, order: [{ name: ASC }]) { totalCount nodes { name species } } }
            """);

        Assert.Equal(bookings, data.GetProperty("bookings").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("bookings").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("PENDING", n.GetProperty("status").GetString()));
        Assert.Equal(dogs, data.GetProperty("pets").GetProperty("totalCount").GetInt32());
        var names = data.GetProperty("pets").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Deleted_leads_are_not_listed()
    {
        int visible;
        await using (var db = graph.CreateContext())
            visible = await db.Set<Lead>().CountAsync();
        int all;
        await using (var db = graph.CreateContext())
            all = await db.Set<Lead>().IgnoreQueryFilters().CountAsync();
        Assert.True(all > visible);

        var data = await graph.RunAsync("{ leads { totalCount } }");
        Assert.Equal(visible, data.GetProperty("leads").GetProperty("totalCount").GetInt32());
    }
}
