using System.Text.Json;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// Nothing leaks past the access rules: a <c>where</c>, <c>order</c> or aggregate over a field the caller may not read
/// on every row is refused, and row rules hold in <c>totalCount</c>, aggregates, <c>node</c>/<c>nodes</c> and nested relations.
/// </summary>
public sealed class AccessLeakTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly Guid Customer = Callers.AccountId(Role.Customer);
    private static readonly Guid Collector = Callers.AccountId(Role.Collector);

    private static void AssertRefused(JsonElement response, string field, string coordinate)
    {
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty(field).ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"`{coordinate}`", error.GetProperty("message").GetString());
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("pets(where: { medicalHistory: { contains: \"a\" } })", "pets", "Pet.medicalHistory")]
    [InlineData("pets(where: { or: [{ name: { eq: \"Rex\" } }, { medicalHistory: { eq: \"x\" } }] })", "pets", "Pet.medicalHistory")]
    [InlineData("bookings(where: { pet: { medicalHistory: { eq: \"x\" } } })", "bookings", "Pet.medicalHistory")]
    [InlineData("testReports(where: { findings: { neq: null } })", "testReports", "TestReport.findings")]
    [InlineData("bookings(where: { items: { some: { unitPrice: { gt: 10 } } } })", "bookings", "BookingItem.unitPrice")]
    [InlineData("pets(order: [{ medicalHistory: ASC }])", "pets", "Pet.medicalHistory")]
    [InlineData("bookings(order: [{ address: DESC }])", "bookings", "Booking.address")]
    public async Task A_customer_cannot_filter_or_sort_by_fields_read_only_on_some_rows(string field, string root, string coordinate)
    {
        var refused = await graph.ExecuteAsAsync(Callers.As(Role.Customer), $"{{ {field} {{ totalCount nodes {{ id }} }} }}");
        AssertRefused(refused, root, coordinate);

        // Staff who read the field on every row may.
        var lab = await graph.RunAsAsync(Callers.As(Role.Admin), $"{{ {field} {{ totalCount }} }}");
        Assert.Equal(JsonValueKind.Number, lab.GetProperty(root).GetProperty("totalCount").ValueKind);
    }

    [Fact]
    public async Task Money_is_sorted_and_summed_only_by_those_who_read_it_on_every_deal()
    {
        var sales = Callers.As(Role.Sales);
        AssertRefused(await graph.ExecuteAsAsync(sales, "{ enrollments(order: [{ contractValue: DESC }]) { nodes { id } } }"), "enrollments", "Enrollment.contractValue");
        AssertRefused(await graph.ExecuteAsAsync(sales, "{ installments(where: { amount: { gte: 1 } }) { nodes { id } } }"), "installments", "Installment.amount");

        var sum = await graph.ExecuteAsAsync(sales, "{ enrollments { aggregate { count sum { contractValue } } } }");
        var error = Assert.Single(sum.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["enrollments", "aggregate"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));

        // Counting reveals no money; ADMIN sums it.
        var count = await graph.RunAsAsync(sales, "{ enrollments { aggregate { count } } }");
        await using var db = graph.CreateContext();
        Assert.Equal(await db.Set<Enrollment>().CountAsync(), count.GetProperty("enrollments").GetProperty("aggregate").GetProperty("count").GetInt32());
        var admin = await graph.RunAsAsync(Callers.As(Role.Admin), "{ enrollments { aggregate { sum { contractValue } } } }");
        Assert.Equal(await db.Set<Enrollment>().SumAsync(e => e.ContractValue), admin.GetProperty("enrollments").GetProperty("aggregate").GetProperty("sum").GetProperty("contractValue").GetDecimal());
    }

    [Fact]
    public async Task Counts_and_aggregates_count_only_the_rows_the_caller_reads()
    {
        await using var db = graph.CreateContext();
        var ownPets = await db.Set<Pet>().CountAsync(p => p.UserId == Customer);
        var ownBookings = await db.Set<Booking>().CountAsync(b => b.UserId == Customer);
        Assert.True(await db.Set<Pet>().CountAsync() > ownPets && ownPets > 0);

        var data = await graph.RunAsAsync(Callers.As(Role.Customer),
            "{ pets { totalCount aggregate { count } } bookings { totalCount aggregate { count } } users { totalCount } leads { totalCount } }");
        Assert.Equal(ownPets, data.GetProperty("pets").GetProperty("totalCount").GetInt32());
        Assert.Equal(ownPets, data.GetProperty("pets").GetProperty("aggregate").GetProperty("count").GetInt32());
        Assert.Equal(ownBookings, data.GetProperty("bookings").GetProperty("totalCount").GetInt32());
        Assert.Equal(ownBookings, data.GetProperty("bookings").GetProperty("aggregate").GetProperty("count").GetInt32());
        Assert.Equal(1, data.GetProperty("users").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("leads").GetProperty("totalCount").GetInt32());

        var anonymous = await graph.RunAsAsync(null, "{ pets { totalCount } payments { totalCount } labTests { totalCount } }");
        Assert.Equal(0, anonymous.GetProperty("pets").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, anonymous.GetProperty("payments").GetProperty("totalCount").GetInt32());
        Assert.Equal(await db.Set<LabTest>().CountAsync(), anonymous.GetProperty("labTests").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Node_and_nodes_answer_null_for_rows_the_caller_does_not_read()
    {
        await using var db = graph.CreateContext();
        var own = await db.Set<Pet>().Where(p => p.UserId == Customer).Select(p => p.Id).FirstAsync();
        var other = await db.Set<Pet>().Where(p => p.UserId != Customer).Select(p => p.Id).FirstAsync();
        var ids = new[] { NodeId.Format("Pet", own), NodeId.Format("Pet", other) };

        var data = await graph.RunAsAsync(Callers.As(Role.Customer),
            "query($own: ID!, $other: ID!, $ids: [ID!]!) { mine: node(id: $own) { id } theirs: node(id: $other) { id } nodes(ids: $ids) { id } }",
            new Dictionary<string, object?> { ["own"] = ids[0], ["other"] = ids[1], ["ids"] = ids.ToList() });
        Assert.Equal(ids[0], data.GetProperty("mine").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("theirs").ValueKind);
        Assert.Equal(ids[0], data.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[1].ValueKind);
    }

    [Fact]
    public async Task Nested_relations_hold_only_the_rows_the_caller_reads()
    {
        await using var db = graph.CreateContext();
        var assigned = await db.Set<Booking>().CountAsync(b => b.CollectionStaffId == Collector);
        var ofThosePets = await db.Set<Booking>().Where(b => db.Set<Booking>().Any(a => a.CollectionStaffId == Collector && a.PetId == b.PetId)).CountAsync();
        Assert.True(ofThosePets > assigned, "the demo data gives the collector's pets bookings of other collectors");

        // The collector reaches pets through their bookings, and each pet's bookings are again only theirs.
        var data = await graph.RunAsAsync(Callers.As(Role.Collector), "{ pets(first: 50) { nodes { bookings(first: 50) { totalCount nodes { id } } } } }");
        var nested = data.GetProperty("pets").GetProperty("nodes").EnumerateArray().Sum(p => p.GetProperty("bookings").GetProperty("totalCount").GetInt32());
        Assert.Equal(assigned, nested);

        // A customer's own user row lists only their pets; a nested where is refused like a root one.
        var me = await graph.RunAsAsync(Callers.As(Role.Customer), "{ users { nodes { pets { totalCount } } } }");
        Assert.Equal(await db.Set<Pet>().CountAsync(p => p.UserId == Customer), me.GetProperty("users").GetProperty("nodes")[0].GetProperty("pets").GetProperty("totalCount").GetInt32());
        var nestedWhere = await graph.ExecuteAsAsync(Callers.As(Role.Customer), "{ users { nodes { pets(where: { medicalHistory: { eq: \"x\" } }) { totalCount } } } }");
        var error = Assert.Single(nestedWhere.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("pets", error.GetProperty("path")[3].GetString());
    }

    [Fact]
    public async Task Nobody_signed_in_is_told_to_authenticate()
    {
        var response = await graph.ExecuteAsAsync(null, "{ pets(where: { name: { eq: \"Rex\" } }) { totalCount } }");
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
