using System.Text.Json;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// Reads a frontend can rely on (as a partner's Apollo and urql clients found them): a row a row rule hides is absent
/// (null, or missing from its list), never an error that makes a client's default error policy drop the whole result;
/// arguments over fields the caller reads on some rows only give answers, not refusals.
/// </summary>
public sealed class FrontendReadTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly Guid Customer = Callers.AccountId(Role.Customer);

    private static bool Released(TestReportStatus status) => status is TestReportStatus.Verified or TestReportStatus.Delivered;

    [Fact]
    public async Task A_customers_booking_answers_report_null_until_the_report_is_verified()
    {
        await using var db = graph.CreateContext();
        var items = await db.Set<BookingItem>().Where(i => i.Booking.UserId == Customer)
            .Select(i => new { i.Id, Status = i.Report == null ? (TestReportStatus?)null : i.Report.Status })
            .ToDictionaryAsync(i => i.Id, i => i.Status);
        Assert.Contains(items.Values, s => s is { } status && !Released(status));
        Assert.Contains(items.Values, s => s is { } status && Released(status));

        // No error anywhere: the whole result survives a client that throws on any error.
        var data = await graph.RunAsAsync(Callers.As(Role.Customer),
            "{ bookings { nodes { items { nodes { id report { status findings reportFileUrl } } } } } testReports { totalCount } }");
        var read = data.GetProperty("bookings").GetProperty("nodes").EnumerateArray()
            .SelectMany(b => b.GetProperty("items").GetProperty("nodes").EnumerateArray())
            .ToList();
        Assert.Equal(items.Count, read.Count);
        foreach (var item in read)
        {
            var released = items[Key(item)] is { } status && Released(status);
            var report = item.GetProperty("report");
            Assert.Equal(released, report.ValueKind != JsonValueKind.Null);
            if (released)
                Assert.Equal(JsonValueKind.String, report.GetProperty("findings").ValueKind);
        }

        Assert.Equal(items.Values.Count(s => s is { } status && Released(status)), data.GetProperty("testReports").GetProperty("totalCount").GetInt32());

        // By id, too: an unverified report of their own booking is no node of theirs yet.
        var pending = await db.Set<TestReport>().Where(r => r.BookingItem.Booking.UserId == Customer && r.Status == TestReportStatus.Generated).Select(r => r.Id).FirstAsync();
        var node = await graph.RunAsAsync(Callers.As(Role.Customer), "query($id: ID!) { node(id: $id) { id } }",
            new Dictionary<string, object?> { ["id"] = NodeId.Format("TestReport", pending) });
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("bookings(order: [{ bookingDate: ASC }])")]
    [InlineData("bookings(order: [{ address: DESC }], first: 5)")]
    [InlineData("bookings(where: { address: { contains: \"Street\" } })")]
    [InlineData("bookings(where: { pet: { medicalHistory: { neq: null } } }, order: [{ pet: { name: ASC } }])")]
    public async Task Nobody_signed_in_gets_the_same_answer_with_or_without_arguments(string field)
    {
        const string Selection = "{ totalCount pageInfo { hasNextPage } nodes { id } aggregate { count sum { estimatedDistanceKm } } }";
        var plain = await graph.ExecuteAsAsync(null, $"{{ bookings {Selection} }}");
        var argued = await graph.ExecuteAsAsync(null, $"{{ bookings: {field} {Selection} }}");
        Assert.False(argued.TryGetProperty("errors", out _), argued.GetRawText());
        Assert.Equal(plain.GetRawText(), argued.GetRawText());
        Assert.Equal(0, plain.GetProperty("data").GetProperty("bookings").GetProperty("totalCount").GetInt32());

        // A public catalogue still sorts and filters for them.
        var tests = await graph.RunAsAsync(null, "{ labTests(order: [{ price: DESC }], first: 1) { nodes { price } } }");
        await using var db = graph.CreateContext();
        Assert.Equal(await db.Set<LabTest>().MaxAsync(t => t.Price), tests.GetProperty("labTests").GetProperty("nodes")[0].GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task A_customer_totals_filters_and_sorts_the_unit_price_of_their_own_items()
    {
        await using var db = graph.CreateContext();
        var own = await db.Set<BookingItem>().Where(i => i.Booking.UserId == Customer).Select(i => new { i.Id, i.BookingId, i.UnitPrice }).ToListAsync();
        Assert.NotEmpty(own);

        var data = await graph.RunAsAsync(Callers.As(Role.Customer), """
            {
              bookings { nodes { id items(order: [{ unitPrice: DESC }]) { aggregate { sum { unitPrice } max { unitPrice } } nodes { id unitPrice } } } }
              dear: bookings(where: { items: { some: { unitPrice: { gte: 1000 } } } }) { totalCount }
            }
            """);
        foreach (var booking in data.GetProperty("bookings").GetProperty("nodes").EnumerateArray())
        {
            var items = own.Where(i => i.BookingId == Key(booking)).ToList();
            var page = booking.GetProperty("items");
            Assert.Equal(items.Sum(i => i.UnitPrice), page.GetProperty("aggregate").GetProperty("sum").GetProperty("unitPrice").GetDecimal());
            Assert.Equal(items.Max(i => i.UnitPrice), page.GetProperty("aggregate").GetProperty("max").GetProperty("unitPrice").GetDecimal());
            Assert.Equal(
                items.OrderByDescending(i => i.UnitPrice).ThenBy(i => i.Id).Select(i => i.Id),
                page.GetProperty("nodes").EnumerateArray().Select(Key));
        }

        Assert.Equal(own.Where(i => i.UnitPrice >= 1000).Select(i => i.BookingId).Distinct().Count(), data.GetProperty("dear").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_booking_whose_pet_changed_owner_stays_whole_for_the_customer_who_booked_it()
    {
        await using var db = graph.CreateContext();
        var pet = await db.Set<Pet>().Where(p => p.UserId == Customer && p.Bookings.Any(b => b.Items.Any(i => i.Report != null))).Select(p => p.Id).FirstAsync();
        var other = await db.Set<User>().Where(u => u.Id != Customer && u.Roles.Contains(Role.Customer)).Select(u => u.Id).FirstAsync();
        await Sql.ExecuteAsync(graph.ConnectionString, $"UPDATE pets SET user_id = '{other}' WHERE id = '{pet}'");
        try
        {
            // The customer who booked still reads the booking whole, its pet and its released reports with theirs.
            const string Query = """
                {
                  bookings { totalCount nodes { id pet { name } items { nodes { report { id bookingItem { id } pet { name } } } } } }
                  testReports { totalCount nodes { id bookingItem { id } pet { name } } }
                }
                """;
            foreach (var caller in new[] { Customer, other })
            {
                var data = await graph.RunAsAsync(Viewers.Principal(caller, [Role.Customer]), Query);
                foreach (var list in new[] { "bookings", "testReports" })
                {
                    var connection = data.GetProperty(list);
                    Assert.Equal(connection.GetProperty("totalCount").GetInt32(), connection.GetProperty("nodes").GetArrayLength());
                }

                var bookings = await db.Set<Booking>().CountAsync(b => b.UserId == caller);
                Assert.Equal(bookings, data.GetProperty("bookings").GetProperty("totalCount").GetInt32());
            }
        }
        finally
        {
            await Sql.ExecuteAsync(graph.ConnectionString, $"UPDATE pets SET user_id = '{Customer}' WHERE id = '{pet}'");
        }
    }

    private static Guid Key(JsonElement node) =>
        NodeId.TryParse(node.GetProperty("id").GetString(), out var id) ? Guid.Parse(id.Key) : throw new FormatException(node.GetRawText());
}
