using System.Text.Json;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;

namespace Graph.Server.Tests.Realtime;

/// <summary>
/// <c>nodeChanged</c> through the real graphql-ws and graphql-sse clients: two customers follow every Pet change while
/// HTTP mutations create, change and delete pets of both; each receives exactly the events of their own pets (a
/// deletion too, with the pet as it was), in commit order, and nothing of the other's.
/// </summary>
public sealed class NodeChangedClientTests(StatusGraphHost host) : IClassFixture<StatusGraphHost>
{
    private const string Subscription = """
        subscription($types: [String!]) {
          nodeChanged(types: $types) { operation typeName id changedFields changedAt node { id ... on Pet { name owner { email } } } }
        }
        """;

    [Theory]
    [InlineData("ws")]
    [InlineData("sse-distinct")]
    public async Task Each_subscriber_receives_the_changes_of_what_they_may_read_and_nothing_else(string transport)
    {
        var priya = await host.TokenAsync("CUSTOMER");
        var james = await TokenAsync("james.wilson@demo.graph");
        var admin = await host.TokenAsync("ADMIN");
        var bus = "nodeChanged";
        // The host is this class's alone: the previous case's clients are gone once the server removed their
        // subscriptions, which it does after they disconnect; counting from a number still falling could wait forever.
        await Graph.Server.Tests.Testing.Conditions.WaitUntilAsync(() => host.Bus.SubscriberCount(bus) == 0, TimeSpan.FromSeconds(30), "the previous subscribers to leave");
        const int before = 0;
        await using var owner = await SubscriptionOracle.StartAsync(host, transport, priya, Subscription, new { types = new[] { "Pet" } }, 3);
        await using var stranger = await SubscriptionOracle.StartAsync(host, transport, james, Subscription, new { types = new[] { "Pet" } }, 1);
        await host.WaitForSubscribersAsync(bus, before + 2);

        var created = await PostAsync(priya, "mutation { createPet(input: { name: \"Nimbus\", species: \"Cat\" }) { pet { id } errors { message } } }");
        var nimbus = created.GetProperty("createPet").GetProperty("pet").GetProperty("id").GetString()!;
        var rocky = NodeId.Format("Pet", DemoIds.For("pet/rocky"));
        // A weight of its own per run, so that each run changes it.
        var weight = 10m + transport.Length / 10m;
        var update = await PostAsync(admin, "mutation($id: ID!, $w: Decimal) { updatePet(input: { id: $id, weightKg: $w }) { pet { weightKg } errors { message } } }", new { id = rocky, w = weight });
        Assert.Equal(weight, update.GetProperty("updatePet").GetProperty("pet").GetProperty("weightKg").GetDecimal());
        await PostAsync(priya, "mutation($id: ID!) { updatePet(input: { id: $id, name: \"Nimbus II\" }) { pet { id } errors { message } } }", new { id = nimbus });
        await PostAsync(priya, "mutation($id: ID!) { deletePet(input: { id: $id }) { pet { id } errors { message } } }", new { id = nimbus });

        var first = (await owner.NextAsync()).GetProperty("nodeChanged");
        Assert.Equal(("CREATED", nimbus, "Nimbus"), (first.GetProperty("operation").GetString(), first.GetProperty("id").GetString(), first.GetProperty("node").GetProperty("name").GetString()));
        var second = (await owner.NextAsync()).GetProperty("nodeChanged");
        Assert.Equal(("UPDATED", nimbus), (second.GetProperty("operation").GetString(), second.GetProperty("id").GetString()));
        Assert.Equal(["name"], second.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        var third = (await owner.NextAsync()).GetProperty("nodeChanged");
        Assert.Equal(("DELETED", nimbus, "Nimbus II"), (third.GetProperty("operation").GetString(), third.GetProperty("id").GetString(), third.GetProperty("node").GetProperty("name").GetString()));
        Assert.Equal("customer@demo.graph", third.GetProperty("node").GetProperty("owner").GetProperty("email").GetString());
        await owner.DoneAsync();

        // James's first event is his own pet's, though Priya's three were committed around it.
        var his = (await stranger.NextAsync()).GetProperty("nodeChanged");
        Assert.Equal(("UPDATED", rocky), (his.GetProperty("operation").GetString(), his.GetProperty("id").GetString()));
        Assert.Equal(["weightKg"], his.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        await stranger.DoneAsync();
    }

    private async Task<JsonElement> PostAsync(string token, string query, object? variables = null)
    {
        var response = await host.PostAsync(query, variables, token);
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data");
    }

    private async Task<string> TokenAsync(string email)
    {
        var login = await host.PostAsync(
            "mutation($e: String!, $p: String!) { login(input: {email: $e, password: $p}) { accessToken } }", new { e = email, p = "demo-password" });
        return login.GetProperty("data").GetProperty("login").GetProperty("accessToken").GetString()!;
    }
}
