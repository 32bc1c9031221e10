using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// Nothing leaks past the access rules: a <c>where</c>, <c>order</c> or aggregate over a field the caller reads on
/// some rows only reads it as null on the others (masked), so no value of a row the caller may not read decides what
/// matches, where a row sorts, what a cursor holds or what a sum adds up; and row rules hold in <c>totalCount</c>,
/// aggregates, <c>node</c>/<c>nodes</c> and nested relations.
/// </summary>
public sealed class AccessLeakTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly Guid Customer = Callers.AccountId(Role.Customer);
    private static readonly Guid Collector = Callers.AccountId(Role.Collector);

    private static DataViewer Viewer(Role role) => new(Callers.AccountId(role), [role]);

    /// <summary>The rows of <typeparamref name="T"/> <paramref name="role"/> reads on which the rule of <paramref name="coordinate"/> grants the field.</summary>
    private IQueryable<T> Granted<T>(GraphDbContext db, Role role, string coordinate)
        where T : class
    {
        var viewer = Viewer(role);
        db.ReadFor(new DataViewerScope { Viewer = viewer });
        var rule = graph.Services.GetRequiredService<AccessPolicy>().Rules.Single(r => r.Coordinate == coordinate);
        return db.Set<T>().Where((Expression<Func<T, bool>>)rule.ConditionFor(viewer)!);
    }

    private static Guid Key(JsonElement node) =>
        NodeId.TryParse(node.GetProperty("id").GetString(), out var id) ? Guid.Parse(id.Key) : throw new FormatException(node.GetRawText());

    private static int TotalCount(JsonElement data, string field) => data.GetProperty(field).GetProperty("totalCount").GetInt32();

    [Theory]
    [InlineData(Role.LabTech, "users(where: { email: { endsWith: \"@demo.graph\" } })")]
    [InlineData(Role.LabTech, "users(where: { or: [{ firstName: { eq: \"nobody\" } }, { phone: { neq: null } }] })")]
    [InlineData(Role.Collector, "pets(where: { medicalHistory: { neq: null } })")]
    [InlineData(Role.Collector, "bookings(where: { pet: { medicalHistory: { neq: null } } })")]
    [InlineData(Role.Analyst, "bookings(where: { items: { some: { unitPrice: { gt: 0 } } } })")]
    [InlineData(Role.Analyst, "bookings(where: { address: { contains: \" \" } })")]
    [InlineData(Role.Sales, "installments(where: { amount: { gte: 1 } })")]
    public async Task A_filter_matches_no_value_the_caller_may_not_read(Role role, string field)
    {
        var root = field[..field.IndexOf('(')];
        var data = await graph.RunAsAsync(Callers.As(role), $"{{ {field} {{ totalCount }} all: {root} {{ totalCount }} }}");
        var admin = await graph.RunAsAsync(Callers.As(Role.Admin), $"{{ {field} {{ totalCount }} }}");

        // Every row matches when its value is read: the caller's answer counts only the values they read.
        await using var db = graph.CreateContext();
        var readable = field switch
        {
            _ when field.Contains("email") => await Granted<User>(db, role, "User.email").CountAsync(u => u.Email != null && u.Email.EndsWith("@demo.graph")),
            _ when field.Contains("phone") => await Granted<User>(db, role, "User.phone").CountAsync(u => u.Phone != null),
            _ when field.Contains("medicalHistory") => 0,
            _ when field.Contains("unitPrice") => 0,
            _ when field.Contains("address") => await Granted<Booking>(db, role, "Booking.address").CountAsync(b => b.Address != null && b.Address.Contains(" ")),
            _ => await Granted<Installment>(db, role, "Installment.amount").CountAsync(i => i.Amount >= 1),
        };
        Assert.Equal(readable, TotalCount(data, root));
        Assert.True(data.GetProperty("all").GetProperty("totalCount").GetInt32() > readable, "the caller reads rows whose value is hidden from them");
        Assert.True(TotalCount(admin, root) > readable, "unmasked, the filter matches more");
    }

    [Fact]
    public async Task A_sort_and_its_cursors_order_hidden_values_as_null()
    {
        await using var db = graph.CreateContext();
        var labTech = Callers.AccountId(Role.LabTech);
        var others = await db.Set<User>().Where(u => u.Id != labTech).OrderBy(u => u.Id).Select(u => new { u.Id, u.Email }).ToListAsync();

        // LAB_TECH reads every user but only their own email: theirs sorts first (nulls last), the rest by key.
        var data = await graph.RunAsAsync(Callers.As(Role.LabTech), "{ users(order: [{ email: ASC }], first: 100) { edges { cursor node { id } } } }");
        var edges = data.GetProperty("users").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(
            [labTech, .. others.Select(o => o.Id)],
            edges.Select(e => Key(e.GetProperty("node"))).ToList());
        var cursors = edges.Select(e => Encoding.UTF8.GetString(Convert.FromBase64String(e.GetProperty("cursor").GetString()!))).ToList();
        Assert.Contains("lab_tech@demo.graph", cursors[0]);
        Assert.All(cursors.Skip(1), cursor => Assert.StartsWith("[null,", cursor));

        // Paging on from a masked cursor continues the same order.
        var after = edges[1].GetProperty("cursor").GetString();
        var next = await graph.RunAsAsync(Callers.As(Role.LabTech), "query($after: String) { users(order: [{ email: ASC }], first: 2, after: $after) { nodes { id } } }",
            new Dictionary<string, object?> { ["after"] = after });
        Assert.Equal(
            others.Skip(1).Take(2).Select(o => o.Id),
            next.GetProperty("users").GetProperty("nodes").EnumerateArray().Select(n => Key(n)));
    }

    [Fact]
    public async Task Money_is_sorted_and_summed_by_the_deals_the_caller_reads_it_on()
    {
        var sales = Callers.As(Role.Sales);
        await using var db = graph.CreateContext();
        var all = await db.Set<Enrollment>().Select(e => new { e.Id, e.ContractValue }).ToListAsync();
        await using var salesDb = graph.CreateContext();
        var own = await Granted<Enrollment>(salesDb, Role.Sales, "Enrollment.contractValue").Select(e => new { e.Id, e.ContractValue }).ToListAsync();
        Assert.True(own.Count > 0 && own.Count < all.Count, "SALES reads the money of some deals only");

        var data = await graph.RunAsAsync(sales,
            "{ enrollments(order: [{ contractValue: DESC }]) { aggregate { count sum { contractValue } avg { contractValue } max { contractValue } } edges { cursor node { id } } } }");
        var enrollments = data.GetProperty("enrollments");
        var aggregate = enrollments.GetProperty("aggregate");
        Assert.Equal(all.Count, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(own.Sum(e => e.ContractValue), aggregate.GetProperty("sum").GetProperty("contractValue").GetDecimal());
        Assert.Equal(own.Max(e => e.ContractValue), aggregate.GetProperty("max").GetProperty("contractValue").GetDecimal());
        Assert.Equal(own.Average(e => e.ContractValue), aggregate.GetProperty("avg").GetProperty("contractValue").GetDecimal(), 2);

        // Descending, PostgreSQL puts nulls first: the hidden ones by key, then the caller's by value.
        var hidden = all.Where(e => !own.Exists(o => o.Id == e.Id)).OrderBy(e => e.Id).Select(e => e.Id);
        var edges = enrollments.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(
            [.. hidden, .. own.OrderByDescending(e => e.ContractValue).ThenBy(e => e.Id).Select(e => e.Id)],
            edges.Select(e => Key(e.GetProperty("node"))).ToList());
        var cursors = string.Join(" ", edges.Select(e => Encoding.UTF8.GetString(Convert.FromBase64String(e.GetProperty("cursor").GetString()!))));
        foreach (var value in all.Where(e => !own.Exists(o => o.Id == e.Id) && !own.Exists(o => o.ContractValue == e.ContractValue)))
            Assert.DoesNotContain(value.ContractValue.ToString("0.00", CultureInfo.InvariantCulture), cursors);

        // ADMIN reads every deal's money.
        var admin = await graph.RunAsAsync(Callers.As(Role.Admin), "{ enrollments { aggregate { sum { contractValue } } } }");
        Assert.Equal(all.Sum(e => e.ContractValue), admin.GetProperty("enrollments").GetProperty("aggregate").GetProperty("sum").GetProperty("contractValue").GetDecimal());
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

        // A customer's own user row lists only their pets.
        var me = await graph.RunAsAsync(Callers.As(Role.Customer), "{ users { nodes { pets { totalCount } } } }");
        Assert.Equal(await db.Set<Pet>().CountAsync(p => p.UserId == Customer), me.GetProperty("users").GetProperty("nodes")[0].GetProperty("pets").GetProperty("totalCount").GetInt32());

        // A nested where is masked like a root one: the collector's pets' medical histories are not theirs to match.
        var nestedWhere = await graph.RunAsAsync(Callers.As(Role.Collector),
            "{ bookings { nodes { customer { pets(where: { medicalHistory: { neq: null } }) { totalCount } all: pets { totalCount } } } } }");
        var customers = nestedWhere.GetProperty("bookings").GetProperty("nodes").EnumerateArray().Select(b => b.GetProperty("customer")).ToList();
        Assert.All(customers, c => Assert.Equal(0, c.GetProperty("pets").GetProperty("totalCount").GetInt32()));
        Assert.Contains(customers, c => c.GetProperty("all").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Nobody_signed_in_filters_nothing_they_may_not_read_and_is_not_refused()
    {
        var response = await graph.RunAsAsync(null, """
            {
              pets(where: { name: { eq: "Rex" } }) { totalCount }
              labTests(where: { name: { contains: "Count" } }) { totalCount }
              enrollments(order: [{ contractValue: DESC }]) { aggregate { sum { contractValue } max { contractValue } } }
            }
            """);
        Assert.Equal(0, TotalCount(response, "pets"));
        var money = response.GetProperty("enrollments").GetProperty("aggregate");
        Assert.Equal(0m, money.GetProperty("sum").GetProperty("contractValue").GetDecimal());
        Assert.Equal(JsonValueKind.Null, money.GetProperty("max").GetProperty("contractValue").ValueKind);
        await using var db = graph.CreateContext();
        Assert.Equal(await db.Set<LabTest>().CountAsync(t => t.Name.Contains("Count")), TotalCount(response, "labTests"));
    }
}
