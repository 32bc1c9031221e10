using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Tests.Modules;
using Graph.Schema.Webhooks;
using Graph.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Webhooks;

/// <summary>A webhook's document run for one outbox event as its owner: what a socket subscriber of the owner would receive.</summary>
public sealed class WebhookDocumentsTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string AllBookings = "subscription { bookingStatusChanged { previousStatus status booking { id customer { email } } } }";

    private WebhookDocuments Documents => graph.Services.GetRequiredService<WebhookDocuments>();

    [Fact]
    public async Task A_customers_webhook_gets_the_events_of_their_own_bookings_only()
    {
        var customer = Callers.AccountId(Role.Customer);
        var own = await Sql.ScalarAsync<Guid>(graph.ConnectionString, $"SELECT id FROM bookings WHERE user_id = '{customer}' ORDER BY id LIMIT 1");
        var other = await Sql.ScalarAsync<Guid>(graph.ConnectionString, $"SELECT id FROM bookings WHERE user_id <> '{customer}' ORDER BY id LIMIT 1");

        var payload = await Documents.ExecuteAsync(AllBookings, customer, [Role.Customer], Event(own), CancellationToken.None);
        Assert.NotNull(payload);
        var changed = JsonDocument.Parse(payload).RootElement.GetProperty("data").GetProperty("bookingStatusChanged");
        Assert.Equal("PENDING", changed.GetProperty("previousStatus").GetString());
        Assert.Equal("CONFIRMED", changed.GetProperty("status").GetString());
        Assert.Equal(NodeId.Format("Booking", own), changed.GetProperty("booking").GetProperty("id").GetString());
        Assert.Equal("customer@demo.graph", changed.GetProperty("booking").GetProperty("customer").GetProperty("email").GetString());
        // The response keeps the document's field order.
        Assert.Equal(["previousStatus", "status", "booking"], changed.EnumerateObject().Select(p => p.Name));

        Assert.Null(await Documents.ExecuteAsync(AllBookings, customer, [Role.Customer], Event(other), CancellationToken.None));
        Assert.NotNull(await Documents.ExecuteAsync(AllBookings, Callers.AccountId(Role.Admin), [Role.Admin], Event(other), CancellationToken.None));
    }

    [Fact]
    public async Task A_document_for_one_node_answers_nothing_for_another()
    {
        var bookings = await Sql.ColumnAsync(graph.ConnectionString, "SELECT id::text FROM bookings ORDER BY id LIMIT 2");
        var (first, second) = (Guid.Parse(bookings[0]), Guid.Parse(bookings[1]));
        var document = $$"""subscription { bookingStatusChanged(bookingId: "{{NodeId.Format("Booking", first)}}") { status } }""";
        var admin = Callers.AccountId(Role.Admin);

        Assert.Equal($"bookingStatusChanged:{first}", (await Documents.RegisterAsync(document, admin, [Role.Admin], CancellationToken.None)).Topic);
        Assert.NotNull(await Documents.ExecuteAsync(document, admin, [Role.Admin], Event(first), CancellationToken.None));
        Assert.Null(await Documents.ExecuteAsync(document, admin, [Role.Admin], Event(second), CancellationToken.None));
    }

    [Fact]
    public async Task A_field_the_owner_may_not_read_is_null_with_its_error_as_on_a_socket()
    {
        var customer = Callers.AccountId(Role.Customer);
        var own = await Sql.ScalarAsync<Guid>(graph.ConnectionString, $"SELECT id FROM bookings WHERE user_id = '{customer}' ORDER BY id LIMIT 1");
        // User.roles: ADMIN or the user themselves.
        var document = "subscription { bookingStatusChanged { status booking { customer { roles } } } }";
        var payload = JsonDocument.Parse((await Documents.ExecuteAsync(document, customer, [Role.Customer], Event(own), CancellationToken.None))!).RootElement;
        Assert.Equal("CONFIRMED", payload.GetProperty("data").GetProperty("bookingStatusChanged").GetProperty("status").GetString());

        var lab = Callers.AccountId(Role.LabTech);
        var hidden = JsonDocument.Parse((await Documents.ExecuteAsync(document, lab, [Role.LabTech], Event(own), CancellationToken.None))!).RootElement;
        Assert.Equal("AUTH_NOT_AUTHORIZED", hidden.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_webhook_on_nodeChanged_gets_the_changes_its_owner_may_read()
    {
        const string document = "subscription { nodeChanged(types: [\"Pet\"]) { operation typeName changedFields node { id ... on Pet { name } } } }";
        var customer = Callers.AccountId(Role.Customer);
        Assert.Equal("nodeChanged", (await Documents.RegisterAsync(document, customer, [Role.Customer], CancellationToken.None)).Topic);

        var own = await Sql.ScalarAsync<Guid>(graph.ConnectionString, $"SELECT id FROM pets WHERE user_id = '{customer}' ORDER BY id LIMIT 1");
        var other = await Sql.ScalarAsync<Guid>(graph.ConnectionString, $"SELECT id FROM pets WHERE user_id <> '{customer}' ORDER BY id LIMIT 1");
        OutboxEvent Changed(Guid pet) => new(Guid.CreateVersion7(), 1, "nodeChanged:Pet",
            JsonSerializer.SerializeToElement(new Graph.Schema.Writes.NodeChange(Graph.Schema.Writes.ChangeOperation.Updated, "Pet", pet, ["name"], DateTimeOffset.UtcNow), JsonSerializerOptions.Web),
            DateTimeOffset.UtcNow);

        var payload = await Documents.ExecuteAsync(document, customer, [Role.Customer], Changed(own), CancellationToken.None);
        var changed = JsonDocument.Parse(payload!).RootElement.GetProperty("data").GetProperty("nodeChanged");
        Assert.Equal(("UPDATED", "Pet", NodeId.Format("Pet", own)), (changed.GetProperty("operation").GetString(), changed.GetProperty("typeName").GetString(), changed.GetProperty("node").GetProperty("id").GetString()));
        Assert.Null(await Documents.ExecuteAsync(document, customer, [Role.Customer], Changed(other), CancellationToken.None));
    }

    [Fact]
    public async Task A_late_delivery_shows_each_change_as_its_write_left_the_node()
    {
        // Delivered after the pet was renamed and deleted, each event still shows (and is allowed on) the pet as that
        // write left it: the creation as "Nimbus", the rename as "Nimbus II", though the row is gone by then.
        const string document = "subscription { nodeChanged(types: [\"Pet\"]) { operation node { id ... on Pet { name } } } }";
        var customer = Callers.AccountId(Role.Customer);
        var created = await graph.RunAsAsync(Callers.As(Role.Customer), "mutation { createPet(input: { name: \"Nimbus\", species: \"Cat\" }) { pet { id } } }");
        var id = created.GetProperty("createPet").GetProperty("pet").GetProperty("id").GetString()!;
        var pet = new { id };
        await graph.RunAsAsync(Callers.As(Role.Customer), "mutation($id: ID!) { updatePet(input: { id: $id, name: \"Nimbus II\" }) { pet { id } } }", Vars(pet));
        await graph.RunAsAsync(Callers.As(Role.Customer), "mutation($id: ID!) { deletePet(input: { id: $id }) { pet { id } } }", Vars(pet));
        Assert.True(NodeKeys.TryParse(id, "Pet", out var key));

        var events = (await graph.OutboxPayloadsAsync("nodeChanged:Pet", key))
            .Select((payload, i) => new OutboxEvent(Guid.CreateVersion7(), i + 1, "nodeChanged:Pet", payload, DateTimeOffset.UtcNow))
            .ToList();
        var seen = new List<(string?, string?)>();
        foreach (var outboxEvent in events)
        {
            var payload = await Documents.ExecuteAsync(document, customer, [Role.Customer], outboxEvent, CancellationToken.None);
            Assert.NotNull(payload);
            var changed = JsonDocument.Parse(payload).RootElement.GetProperty("data").GetProperty("nodeChanged");
            seen.Add((changed.GetProperty("operation").GetString(), changed.GetProperty("node").GetProperty("name").GetString()));
            Assert.Null(await Documents.ExecuteAsync(document, Callers.AccountId(Role.Teacher), [Role.Teacher], outboxEvent, CancellationToken.None));
        }

        Assert.Equal([("CREATED", "Nimbus"), ("UPDATED", "Nimbus II"), ("DELETED", "Nimbus II")], seen);
    }

    private static IReadOnlyDictionary<string, object?> Vars(object value) =>
        Graph.Engine.Execution.JsonValues.ObjectFromJsonElement(JsonSerializer.SerializeToElement(value))!;

    private static OutboxEvent Event(Guid booking) => new(
        Guid.CreateVersion7(),
        1,
        StatusChange.Topic("bookingStatusChanged", booking),
        JsonSerializer.SerializeToElement(new StatusChange(booking, "PENDING", "CONFIRMED", DateTimeOffset.UtcNow), JsonSerializerOptions.Web),
        DateTimeOffset.UtcNow);
}
