using System.Text.Json;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;

namespace Graph.Server.Tests.Realtime;

/// <summary><c>messageReceived</c> over graphql-transport-ws, fed by <c>sendMessage</c> over HTTP: a message reaches the
/// conversation's participants and no one else.</summary>
public sealed class MessageSubscriptionTests(StatusGraphHost host) : IClassFixture<StatusGraphHost>
{
    private const string Field = "messageReceived";

    private static readonly string CareChat = NodeId.Format("Conversation", DemoIds.For("conversation/care-nina"));
    private static readonly string StudioThread = NodeId.Format("Conversation", DemoIds.For("conversation/studio-recital"));

    [Fact]
    public async Task A_message_reaches_the_participants_only()
    {
        var patient = await host.TokenAsync("PATIENT");
        var teacher = await host.TokenAsync("TEACHER");
        await using var provider = await SubscribeAsync(await host.TokenAsync("PROVIDER"), CareChat);
        // The teacher follows every conversation of theirs; the care chat is not one.
        await using var outsider = await SubscribeAsync(teacher, null);

        await SendAsync(patient, CareChat, "Is the appointment still on?");
        await SendAsync(teacher, StudioThread, "Bring your sheet music.");

        var heard = Data(await provider.ReceiveAsync());
        Assert.Equal("Is the appointment still on?", heard.GetProperty("content").GetString());
        Assert.Equal(NodeId.Format("User", DemoIds.For("user/Patient")), heard.GetProperty("sender").GetProperty("id").GetString());
        // Events are delivered in commit order: had the care message reached the teacher, it would come first.
        Assert.Equal("Bring your sheet music.", Data(await outsider.ReceiveAsync()).GetProperty("content").GetString());
    }

    private async Task SendAsync(string token, string conversationId, string content)
    {
        var response = await host.PostAsync(
            "mutation($id: ID!, $content: String!) { sendMessage(input: { conversationId: $id, content: $content }) { errors { __typename } } }",
            new { id = conversationId, content }, token);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("sendMessage").GetProperty("errors").ValueKind);
    }

    private async Task<TestSocket> SubscribeAsync(string token, string? conversationId)
    {
        var topic = conversationId is null ? Field : Field + ":" + (NodeId.TryParse(conversationId, out var id) && id.TryGetGuid(out var key) ? key.ToString("D") : "");
        var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync($$"""{"authorization":"Bearer {{token}}"}""");
        var before = host.Bus.SubscriberCount(topic);
        await socket.SendAsync(JsonSerializer.Serialize(new
        {
            id = "m", type = "subscribe",
            payload = new { query = "subscription($id: ID) { messageReceived(conversationId: $id) { content sender { id } } }", variables = new { id = conversationId } },
        }));
        await host.WaitForSubscribersAsync(topic, before + 1);
        return socket;
    }

    private static JsonElement Data(JsonElement message)
    {
        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.False(message.GetProperty("payload").TryGetProperty("errors", out _), message.GetRawText());
        return message.GetProperty("payload").GetProperty("data").GetProperty(Field);
    }
}
