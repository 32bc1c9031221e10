using System.Text.Json;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Writes;

/// <summary>The generated <c>create</c>/<c>update</c>/<c>delete</c> mutations: defaults, references, every error kind, the
/// write rules, and that a refused write leaves nothing behind (no row, no event).</summary>
public sealed class EntityWriteTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly Guid Priya = Callers.AccountId(Role.Customer);
    private static readonly string Bruno = NodeId.Format("Pet", DemoIds.For("pet/bruno"));
    private static readonly string Rocky = NodeId.Format("Pet", DemoIds.For("pet/rocky"));

    private const string CreatePet = """
        mutation($input: CreatePetInput!) {
          createPet(input: $input) { pet { id name species owner { id } } errors { __typename message ... on ValidationError { field } } }
        }
        """;

    private const string UpdatePet = """
        mutation($input: UpdatePetInput!) {
          updatePet(input: $input) { pet { id name updatedAt } errors { __typename message ... on ValidationError { field } ... on NotFoundError { id } } }
        }
        """;

    [Fact]
    public async Task A_customers_new_pet_is_theirs_and_announced_in_the_same_commit()
    {
        var before = graph.Published.For("nodeChanged:Pet").Count;
        var data = await graph.RunAsAsync(Callers.As(Role.Customer), CreatePet, Vars(new { input = new { name = "Pixel", species = "Cat" } }));

        var pet = data.GetProperty("createPet").GetProperty("pet");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("createPet").GetProperty("errors").ValueKind);
        Assert.Equal(NodeId.Format("User", Priya), pet.GetProperty("owner").GetProperty("id").GetString());
        Assert.True(NodeKeys.TryParse(pet.GetProperty("id").GetString(), "Pet", out var key));
        await using (var db = graph.CreateContext())
        {
            var row = await db.Set<Pet>().SingleAsync(p => p.Id == key);
            Assert.Equal(("Pixel", "Cat", Priya, true), (row.Name, row.Species, row.UserId, row.IsActive));
        }

        var events = graph.Published.For("nodeChanged:Pet");
        Assert.Equal(before + 1, events.Count);
        var change = events[^1].Payload;
        Assert.Equal("Created", change.GetProperty("operation").GetString());
        Assert.Equal(key, change.GetProperty("id").GetGuid());
        Assert.Equal(["name", "owner", "species"], change.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()!).Order().ToArray());
    }

    [Fact]
    public async Task A_create_the_roles_allow_is_one_statement_batch_with_its_event()
    {
        var owner = NodeId.Format("User", Priya);
        var input = Vars(new { input = new { name = "Batch", species = "Dog", ownerId = owner } });
        await graph.RunAsAsync(Callers.As(Role.Admin), CreatePet, input);

        graph.Sql.Clear();
        graph.Transactions.Clear();
        var created = await graph.RunAsAsync(Callers.As(Role.Admin), "mutation($input: CreatePetInput!) { createPet(input: $input) { pet { id } errors { message } } }", input);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("createPet").GetProperty("errors").ValueKind);
        var command = Assert.Single(graph.Sql.Commands);
        Assert.Contains("INSERT INTO pets", command);
        Assert.Contains("INSERT INTO event_outbox", command);
        Assert.Equal(0, graph.Transactions.Started);

        // Without a transaction of ours the batch is still all or nothing: a missing owner (the admin's reference is not
        // looked up; the foreign key refuses it) leaves no event either.
        var events = (await graph.OutboxCountAsync("nodeChanged:Pet"));
        var nobody = NodeId.Format("User", Guid.CreateVersion7());
        var refused = await graph.RunAsAsync(Callers.As(Role.Admin), CreatePet, Vars(new { input = new { name = "Orphan", species = "Dog", ownerId = nobody } }));
        var error = Assert.Single(refused.GetProperty("createPet").GetProperty("errors").EnumerateArray());
        Assert.Equal(("ValidationError", "ownerId"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(events, await graph.OutboxCountAsync("nodeChanged:Pet"));

        // A customer's create is checked after the insert, inside a transaction: the insert batch, then the check.
        graph.Sql.Clear();
        graph.Transactions.Clear();
        await graph.RunAsAsync(Callers.As(Role.Customer), CreatePet, Vars(new { input = new { name = "Checked", species = "Cat" } }));
        Assert.Contains(graph.Sql.Commands, c => c.Contains("INSERT INTO pets") && c.Contains("INSERT INTO event_outbox"));
        Assert.Equal(1, graph.Transactions.Started);
    }

    [Fact]
    public async Task A_reference_of_another_type_or_out_of_sight_is_a_validation_error_on_that_field()
    {
        var booking = NodeId.Format("Booking", DemoIds.For("booking/bruno-wellness"));
        var stranger = NodeId.Format("User", DemoIds.For("user/james"));
        foreach (var (caller, ownerId) in new[] { (Role.Admin, booking), (Role.Customer, stranger), (Role.Admin, "not an id") })
        {
            var result = await graph.RunAsAsync(Callers.As(caller), CreatePet, Vars(new { input = new { name = "X", species = "Dog", ownerId } }));
            var error = Assert.Single(result.GetProperty("createPet").GetProperty("errors").EnumerateArray());
            Assert.Equal(("ValidationError", "ownerId"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
            Assert.Equal(JsonValueKind.Null, result.GetProperty("createPet").GetProperty("pet").ValueKind);
        }

        await using var db = graph.CreateContext();
        Assert.False(await db.Set<Pet>().AnyAsync(p => p.Name == "X"));
    }

    [Fact]
    public async Task Patch_semantics_leave_out_unchanged_and_null_clears_but_not_a_required_field()
    {
        await graph.RunAsAsync(Callers.As(Role.Customer), UpdatePet, Vars(new { input = new { id = Bruno, breed = (string?)null } }));
        await using (var db = graph.CreateContext())
        {
            var bruno = await db.Set<Pet>().SingleAsync(p => p.Id == DemoIds.For("pet/bruno"));
            Assert.Equal(("Bruno", null, "Dog"), (bruno.Name, bruno.Breed, bruno.Species));
        }

        var refused = await graph.RunAsAsync(Callers.As(Role.Customer), UpdatePet, Vars(new { input = new { id = Bruno, name = (string?)null } }));
        var error = Assert.Single(refused.GetProperty("updatePet").GetProperty("errors").EnumerateArray());
        Assert.Equal(("ValidationError", "name"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Another_customers_pet_is_not_found_and_a_collector_who_reads_it_may_not_change_it()
    {
        var result = await graph.RunAsAsync(Callers.As(Role.Customer), UpdatePet, Vars(new { input = new { id = Rocky, name = "Mine now" } }));
        var error = Assert.Single(result.GetProperty("updatePet").GetProperty("errors").EnumerateArray());
        Assert.Equal(("NotFoundError", Rocky), (error.GetProperty("__typename").GetString(), error.GetProperty("id").GetString()));

        // The collector reads Bruno (a booking of Bruno's is assigned to them) but writes no pets.
        var read = await graph.RunAsAsync(Callers.As(Role.Collector), $"{{ node(id: \"{Bruno}\") {{ id }} }}");
        Assert.Equal(Bruno, read.GetProperty("node").GetProperty("id").GetString());
        var refused = await graph.ExecuteAsAsync(Callers.As(Role.Collector), UpdatePet, Vars(new { input = new { id = Bruno, name = "Renamed" } }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        await using var db = graph.CreateContext();
        Assert.Equal(["Bruno", "Rocky"], await db.Set<Pet>().Where(p => p.Id == DemoIds.For("pet/bruno") || p.Id == DemoIds.For("pet/rocky")).Select(p => p.Name).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task A_unique_column_refusal_names_the_fields_and_a_check_refusal_the_field()
    {
        const string create = """
            mutation($input: CreateProgramInput!) {
              createProgram(input: $input) { program { id } errors { __typename message ... on UniqueConstraintError { fields } ... on ValidationError { field } } }
            }
            """;
        var duplicate = await graph.RunAsync(create, Vars(new { input = new { name = "Piano for Beginners" } }));
        var unique = Assert.Single(duplicate.GetProperty("createProgram").GetProperty("errors").EnumerateArray());
        Assert.Equal("UniqueConstraintError", unique.GetProperty("__typename").GetString());
        Assert.Equal(["name"], unique.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        var negative = await graph.RunAsync(create, Vars(new { input = new { name = "Free lunch", price = -1m } }));
        var check = Assert.Single(negative.GetProperty("createProgram").GetProperty("errors").EnumerateArray());
        Assert.Equal(("ValidationError", "price"), (check.GetProperty("__typename").GetString(), check.GetProperty("field").GetString()));

        await using var db = graph.CreateContext();
        Assert.False(await db.Set<Program>().AnyAsync(p => p.Name == "Free lunch"));
    }

    [Fact]
    public async Task A_unique_expression_index_names_its_column()
    {
        const string create = """
            mutation { createUser(input: { email: "ADMIN@demo.graph", password: "long enough password" }) {
              user { id } errors { __typename ... on UniqueConstraintError { fields } } } }
            """;
        var error = Assert.Single((await graph.RunAsync(create)).GetProperty("createUser").GetProperty("errors").EnumerateArray());
        Assert.Equal("UniqueConstraintError", error.GetProperty("__typename").GetString());
        Assert.Equal(["email"], error.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Deleting_a_row_others_still_point_at_is_refused_on_its_id()
    {
        var category = NodeId.Format("TestCategory", await FirstIdAsync<TestCategory>());
        var result = await graph.RunAsync(
            "mutation($id: ID!) { deleteTestCategory(input: { id: $id }) { testCategory { id } errors { __typename ... on ValidationError { field } } } }",
            Vars(new { id = category }));
        var error = Assert.Single(result.GetProperty("deleteTestCategory").GetProperty("errors").EnumerateArray());
        Assert.Equal(("ValidationError", "id"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task A_stale_expectedUpdatedAt_is_a_concurrency_error_and_the_current_one_passes()
    {
        var misty = NodeId.Format("Pet", DemoIds.For("pet/misty"));
        var read = await graph.RunAsAsync(Callers.As(Role.Customer), $"{{ node(id: \"{misty}\") {{ ... on Pet {{ updatedAt }} }} }}");
        var updatedAt = read.GetProperty("node").GetProperty("updatedAt").GetString();

        var first = await graph.RunAsAsync(Callers.As(Role.Customer), UpdatePet, Vars(new { input = new { id = misty, name = "Misty II", expectedUpdatedAt = updatedAt } }));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("updatePet").GetProperty("errors").ValueKind);

        var second = await graph.RunAsAsync(Callers.As(Role.Customer), UpdatePet, Vars(new { input = new { id = misty, name = "Misty III", expectedUpdatedAt = updatedAt } }));
        Assert.Equal("ConcurrencyError", second.GetProperty("updatePet").GetProperty("errors")[0].GetProperty("__typename").GetString());
        await using var db = graph.CreateContext();
        Assert.Equal("Misty II", (await db.Set<Pet>().SingleAsync(p => p.Id == DemoIds.For("pet/misty"))).Name);
    }

    [Fact]
    public async Task Two_updates_racing_with_the_same_expectedUpdatedAt_exactly_one_wins()
    {
        var kiwi = NodeId.Format("Pet", DemoIds.For("pet/kiwi"));
        for (var round = 0; round < 5; round++)
        {
            var read = await graph.RunAsync($"{{ node(id: \"{kiwi}\") {{ ... on Pet {{ updatedAt }} }} }}");
            var updatedAt = read.GetProperty("node").GetProperty("updatedAt").GetString();
            var racers = Enumerable.Range(0, 4).Select(i => Task.Run(() => graph.RunAsync(UpdatePet, Vars(new { input = new { id = kiwi, name = $"Kiwi {round}.{i}", expectedUpdatedAt = updatedAt } }))));
            var results = await Task.WhenAll(racers);
            var winners = results.Count(r => r.GetProperty("updatePet").GetProperty("errors").ValueKind == JsonValueKind.Null);
            var losers = results.Count(r => r.GetProperty("updatePet").GetProperty("errors").ValueKind == JsonValueKind.Array
                && r.GetProperty("updatePet").GetProperty("errors")[0].GetProperty("__typename").GetString() == "ConcurrencyError");
            Assert.Equal((1, 3), (winners, losers));
        }
    }

    [Fact]
    public async Task A_write_refused_after_the_change_leaves_neither_the_row_nor_an_event()
    {
        // ADMIN may set isVerified, but not on themselves: found only once the row is changed, inside the transaction.
        var admin = NodeId.Format("User", Callers.AccountId(Role.Admin));
        await using var before = graph.CreateContext();
        var row = await before.Set<User>().AsNoTracking().SingleAsync(u => u.Id == Callers.AccountId(Role.Admin));
        var events = graph.Published.For("nodeChanged:User").Count;

        var refused = await graph.ExecuteAsAsync(Callers.As(Role.Admin),
            "mutation($id: ID!) { updateUser(input: { id: $id, isVerified: true, firstName: \"Changed\" }) { user { id } } }", Vars(new { id = admin }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        await using var after = graph.CreateContext();
        var now = await after.Set<User>().AsNoTracking().SingleAsync(u => u.Id == row.Id);
        Assert.Equal((row.IsVerified, row.FirstName, row.UpdatedAt), (now.IsVerified, now.FirstName, now.UpdatedAt));
        Assert.Equal(events, graph.Published.For("nodeChanged:User").Count);
        Assert.Empty(await graph.OutboxPayloadsAsync("nodeChanged:User", row.Id));

        // Someone else's: allowed.
        var james = NodeId.Format("User", DemoIds.For("user/james"));
        var allowed = await graph.RunAsAsync(Callers.As(Role.Admin), "mutation($id: ID!) { updateUser(input: { id: $id, isVerified: true }) { user { isVerified } } }", Vars(new { id = james }));
        Assert.True(allowed.GetProperty("updateUser").GetProperty("user").GetProperty("isVerified").GetBoolean());
        // An event carries the account as the write left it, without the password hash.
        var analyst = Callers.AccountId(Role.Analyst);
        await graph.RunAsAsync(Callers.As(Role.Admin), "mutation($id: ID!) { updateUser(input: { id: $id, lastName: \"Snapshot\" }) { user { id } } }",
            Vars(new { id = NodeId.Format("User", analyst) }));
        var snapshot = (await graph.OutboxPayloadsAsync("nodeChanged:User", analyst))[^1].GetProperty("snapshot");
        Assert.Equal("Snapshot", snapshot.GetProperty("last_name").GetString());
        Assert.False(snapshot.TryGetProperty("password_hash", out _));
    }

    [Fact]
    public async Task A_delete_failing_deep_in_its_cascade_leaves_every_row_and_no_event()
    {
        // James's account cascades to his pets, bookings, their items and reports; one report refuses to go.
        var james = DemoIds.For("user/james");
        await using (var db = graph.CreateContext())
        {
            var report = await db.Set<TestReport>().Where(r => r.BookingItem.Booking.UserId == james).Select(r => r.Id).FirstAsync();
            await Graph.Testing.Postgres.Sql.ExecuteAsync(graph.ConnectionString, $$"""
                CREATE FUNCTION refuse_report_delete() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN IF OLD.id = '{{report}}' THEN RAISE EXCEPTION 'kept for the test'; END IF; RETURN OLD; END $f$;
                CREATE TRIGGER refuse_report_delete BEFORE DELETE ON test_reports FOR EACH ROW EXECUTE FUNCTION refuse_report_delete();
                """);
        }

        async Task<(int, int, int, int)> CountsAsync()
        {
            await using var db = graph.CreateContext();
            return (await db.Set<User>().CountAsync(u => u.Id == james), await db.Set<Pet>().CountAsync(p => p.UserId == james),
                await db.Set<Booking>().CountAsync(b => b.UserId == james), await db.Set<TestReport>().CountAsync(r => r.BookingItem.Booking.UserId == james));
        }

        var before = await CountsAsync();
        Assert.True(before.Item2 > 0 && before.Item3 > 0 && before.Item4 > 0);
        var events = graph.Published.Events.Count;
        try
        {
            var failed = await graph.ExecuteAsAsync(Callers.As(Role.Admin), "mutation($id: ID!) { deleteUser(input: { id: $id }) { user { id } } }",
                Vars(new { id = NodeId.Format("User", james) }));
            Assert.True(failed.TryGetProperty("errors", out _), failed.GetRawText());
            Assert.Equal(before, await CountsAsync());
            Assert.Equal(events, graph.Published.Events.Count);
            Assert.Empty(await graph.OutboxPayloadsAsync("nodeChanged:User", james));
        }
        finally
        {
            await Graph.Testing.Postgres.Sql.ExecuteAsync(graph.ConnectionString,
                "DROP TRIGGER refuse_report_delete ON test_reports; DROP FUNCTION refuse_report_delete();");
        }
    }

    [Fact]
    public async Task Only_admin_sets_roles()
    {
        var me = NodeId.Format("User", Priya);
        var refused = await graph.ExecuteAsAsync(Callers.As(Role.Customer), "mutation($id: ID!) { updateUser(input: { id: $id, roles: [ADMIN] }) { user { id } } }", Vars(new { id = me }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var renamed = await graph.RunAsAsync(Callers.As(Role.Customer), "mutation($id: ID!) { updateUser(input: { id: $id, phone: \"+44 20 7946 0000\" }) { user { phone } } }", Vars(new { id = me }));
        Assert.Equal("+44 20 7946 0000", renamed.GetProperty("updateUser").GetProperty("user").GetProperty("phone").GetString());
        await using var db = graph.CreateContext();
        Assert.Equal([Role.Customer], (await db.Set<User>().SingleAsync(u => u.Id == Priya)).Roles);
    }

    [Fact]
    public async Task Deleting_a_soft_deleted_type_hides_the_row_and_keeps_it()
    {
        var lead = await FirstIdAsync<Graph.Persistence.Crm.Lead>();
        var id = NodeId.Format("Lead", lead);
        var deleted = await graph.RunAsync("mutation($id: ID!) { deleteLead(input: { id: $id }) { lead { id } errors { message } } }", Vars(new { id }));
        Assert.Equal(id, deleted.GetProperty("deleteLead").GetProperty("lead").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, (await graph.RunAsync($"{{ node(id: \"{id}\") {{ id }} }}")).GetProperty("node").ValueKind);
        await using var db = graph.CreateContext();
        Assert.NotNull((await db.Set<Graph.Persistence.Crm.Lead>().IgnoreQueryFilters().SingleAsync(l => l.Id == lead)).DeletedAt);
    }

    [Fact]
    public async Task Append_only_types_have_no_delete()
    {
        Assert.Null(graph.Schema.MutationType!.GetField("deletePayment"));
        Assert.NotNull(graph.Schema.MutationType!.GetField("createPayment"));
        Assert.Null(graph.Schema.MutationType!.GetField("createWebhookDelivery"));
    }

    private async Task<Guid> FirstIdAsync<T>()
        where T : Graph.Persistence.Model.Entity
    {
        await using var db = graph.CreateContext();
        return await db.Set<T>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
    }

    private static IReadOnlyDictionary<string, object?> Vars(object value) =>
        Graph.Engine.Execution.JsonValues.ObjectFromJsonElement(JsonSerializer.SerializeToElement(value))!;
}
