using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Graph.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Modules;

/// <summary>Every entity type round-trips through <c>node(id:)</c>, and <c>nodes(ids:)</c> is one statement per type.</summary>
public sealed class NodeTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private async Task<List<(string Type, Guid Key)>> KeysAsync(int perType)
    {
        await using var db = graph.CreateContext();
        var keys = new List<(string, Guid)>();
        async Task Add<T>(string type, IQueryable<T> set)
            where T : Entity =>
            keys.AddRange((await set.OrderBy(e => e.Id).Select(e => e.Id).Take(perType).ToListAsync()).Select(k => (type, k)));
        await Add("User", db.Set<User>());
        await Add("Address", db.Set<Address>());
        await Add("Pet", db.Set<Pet>());
        await Add("TestCategory", db.Set<TestCategory>());
        await Add("LabTest", db.Set<LabTest>());
        await Add("Booking", db.Set<Booking>());
        await Add("BookingItem", db.Set<BookingItem>());
        await Add("TestReport", db.Set<TestReport>());
        await Add("TestBatchGroup", db.Set<TestBatchGroup>());
        await Add("Lead", db.Set<Lead>());
        await Add("TeamMember", db.Set<TeamMember>());
        await Add("Program", db.Set<Program>());
        await Add("Student", db.Set<Student>());
        await Add("Enrollment", db.Set<Enrollment>());
        await Add("Installment", db.Set<Installment>());
        await Add("Payment", db.Set<Payment>());
        return keys;
    }

    [Fact]
    public async Task Node_fetches_every_type_by_its_global_id()
    {
        var keys = await KeysAsync(1);
        Assert.Equal(16, keys.Select(k => k.Type).Distinct().Count());

        foreach (var (type, key) in keys)
        {
            var id = NodeId.Format(type, key);
            var data = await graph.RunAsync("query($id: ID!) { node(id: $id) { __typename id } }", new Dictionary<string, object?> { ["id"] = id });
            Assert.Equal(type, data.GetProperty("node").GetProperty("__typename").GetString());
            Assert.Equal(id, data.GetProperty("node").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Nodes_loads_each_type_in_one_statement()
    {
        var keys = await KeysAsync(3);
        var ids = keys.Select(k => NodeId.Format(k.Type, k.Key)).ToList();
        Assert.True(ids.Count <= NodeQueries.MaxNodesPerRequest);

        graph.Sql.Clear();
        var data = await graph.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new Dictionary<string, object?> { ["ids"] = ids });

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(ids, nodes.Select(n => n.GetProperty("id").GetString()!));
        Assert.Equal(keys.Select(k => k.Type), nodes.Select(n => n.GetProperty("__typename").GetString()!));
        Assert.Equal(16, graph.Sql.Commands.Count);
    }

    [Fact]
    public async Task Relations_of_a_node_load_in_batches()
    {
        await using var db = graph.CreateContext();
        var reports = await db.Set<TestReport>().OrderBy(r => r.Id).Select(r => r.Id).Take(3).ToListAsync();
        var ids = reports.Select(k => NodeId.Format("TestReport", k)).ToList();

        graph.Sql.Clear();
        var data = await graph.RunAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on TestReport { pet { name owner { email } } labTest { name category { name } } bookingItem { booking { status } } } } }",
            new Dictionary<string, object?> { ["ids"] = ids });

        Assert.All(data.GetProperty("nodes").EnumerateArray(), n => Assert.False(string.IsNullOrEmpty(n.GetProperty("pet").GetProperty("name").GetString())));
        // The reports with their to-one relations two levels down, joined: one statement.
        Assert.True(graph.Sql.Commands.Count == 1, $"{graph.Sql.Commands.Count} statements:\n" + string.Join("\n\n", graph.Sql.Commands));
    }

    [Fact]
    public async Task A_node_reads_the_columns_its_selection_asks_and_joins_its_relations_in_one_statement()
    {
        await using var db = graph.CreateContext();
        var booking = await db.Set<Booking>().Include(b => b.Pet).Include(b => b.Customer).OrderBy(b => b.Id).FirstAsync();

        graph.Sql.Clear();
        var data = await graph.RunAsync(
            "query($id: ID!) { node(id: $id) { ... on Booking { status pet { name } customer { email } } } }",
            new Dictionary<string, object?> { ["id"] = NodeId.Format("Booking", booking.Id) });

        var node = data.GetProperty("node");
        Assert.Equal(booking.Pet.Name, node.GetProperty("pet").GetProperty("name").GetString());
        Assert.Equal(booking.Customer.Email, node.GetProperty("customer").GetProperty("email").GetString());
        var sql = Assert.Single(graph.Sql.Commands);
        Assert.Matches(@"JOIN \(\s+SELECT p\.id, p\.name\s+FROM pets", sql);
        Assert.Matches(@"JOIN \(\s+SELECT u\.id, u\.email\s+FROM users", sql);
        Assert.DoesNotContain("password_hash", sql);
        Assert.DoesNotContain("address", sql);

        // Another selection of the same type is another shape: the rows it reads carry its own columns.
        graph.Sql.Clear();
        var other = await graph.RunAsync(
            "query($id: ID!) { a: node(id: $id) { ... on Booking { status } } b: node(id: $id) { ... on Booking { notes } } c: node(id: $id) { ... on Booking { status } } }",
            new Dictionary<string, object?> { ["id"] = NodeId.Format("Booking", booking.Id) });
        Assert.Equal(booking.Notes, other.GetProperty("b").GetProperty("notes").GetString());
        Assert.Equal(2, graph.Sql.Commands.Count);
    }
}
