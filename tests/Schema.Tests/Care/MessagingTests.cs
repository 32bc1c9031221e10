using System.Text.Json;
using Graph.Persistence.Care;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Care;

/// <summary>Conversations of seeds 003 and 004: only participants read, write and hear them.</summary>
public sealed class MessagingTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly string CareChat = NodeId.Format("Conversation", DemoIds.For("conversation/care-nina"));

    private const string Send = """
        mutation($id: ID!, $content: String!) { sendMessage(input: { conversationId: $id, content: $content }) { message { id content sender { id } } errors { __typename } } }
        """;

    [Theory]
    [InlineData(Role.Patient, "care-nina")]
    [InlineData(Role.Provider, "care-nina")]
    [InlineData(Role.Teacher, "studio-recital")]
    [InlineData(Role.Admin, "whatsapp-hugo")]
    [InlineData(Role.Customer, "")]
    public async Task Each_user_reads_only_their_conversations(Role role, string expected)
    {
        var data = await graph.RunAsAsync(Callers.As(role), "{ conversations { nodes { id channel messages { nodes { content } } participants { nodes { user { id } } } } } }");
        var ids = data.GetProperty("conversations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(expected.Length == 0 ? [] : [NodeId.Format("Conversation", DemoIds.For("conversation/" + expected))], ids);
    }

    [Fact]
    public async Task A_participant_sends_and_the_message_reaches_participants_only()
    {
        var before = graph.Published.For("messageReceived:" + DemoIds.For("conversation/care-nina")).Count;
        var sent = (await graph.RunAsAsync(Callers.As(Role.Patient), Send, Vars(new { id = CareChat, content = "See you Tuesday." }))).GetProperty("sendMessage");
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("errors").ValueKind);
        var messageId = sent.GetProperty("message").GetProperty("id").GetString()!;
        Assert.Equal(before + 1, graph.Published.For("messageReceived:" + DemoIds.For("conversation/care-nina")).Count);

        // What a subscriber re-reads of the event: the message, for a participant; nothing for anyone else.
        const string Read = "query($id: ID!) { node(id: $id) { ... on Message { content } } }";
        var provider = await graph.RunAsAsync(Callers.As(Role.Provider), Read, Vars(new { id = messageId }));
        Assert.Equal("See you Tuesday.", provider.GetProperty("node").GetProperty("content").GetString());
        foreach (var outsider in new[] { Role.Admin, Role.Teacher, Role.Marketing })
            Assert.Equal(JsonValueKind.Null, (await graph.RunAsAsync(Callers.As(outsider), Read, Vars(new { id = messageId }))).GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_non_participant_cannot_send_and_nothing_is_written()
    {
        await using var db = graph.CreateContext();
        var count = await db.Set<Message>().CountAsync();
        var refused = (await graph.RunAsAsync(Callers.As(Role.Admin), Send, Vars(new { id = CareChat, content = "Hello?" }))).GetProperty("sendMessage");
        Assert.Equal("NotFoundError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(count, await db.Set<Message>().CountAsync());
    }

    [Fact]
    public async Task Concurrent_messages_are_all_kept_and_the_conversation_knows_the_last()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            graph.RunAsAsync(Callers.As(i % 2 == 0 ? Role.Teacher : Role.Student), Send,
                Vars(new { id = NodeId.Format("Conversation", DemoIds.For("conversation/studio-recital")), content = $"burst {i}" }))));
        Assert.All(results, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("sendMessage").GetProperty("errors").ValueKind));
        await using var db = graph.CreateContext();
        var conversation = await db.Set<Conversation>().SingleAsync(c => c.Id == DemoIds.For("conversation/studio-recital"));
        var newest = await db.Set<Message>().Where(m => m.ConversationId == conversation.Id).MaxAsync(m => m.CreatedAt);
        Assert.Equal(12, await db.Set<Message>().CountAsync(m => m.ConversationId == conversation.Id && m.Content.StartsWith("burst ")));
        Assert.True(conversation.LastMessageAt >= newest.AddSeconds(-1));
    }

    [Fact]
    public async Task Marking_read_records_the_reader_and_a_message_every_other_participant_read_is_read()
    {
        var sent = (await graph.RunAsAsync(Callers.As(Role.Provider), Send, Vars(new { id = CareChat, content = "Results are in." }))).GetProperty("sendMessage");
        var messageId = sent.GetProperty("message").GetProperty("id").GetString()!;
        const string Read = "query($id: ID!) { node(id: $id) { ... on Message { isRead readBy { nodes { user { id } } } } } }";
        Assert.False((await graph.RunAsAsync(Callers.As(Role.Provider), Read, Vars(new { id = messageId }))).GetProperty("node").GetProperty("isRead").GetBoolean());

        var marked = await graph.RunAsAsync(Callers.As(Role.Patient), "mutation($id: ID!) { markConversationRead(input: { conversationId: $id }) { conversation { id } errors { __typename } } }", Vars(new { id = CareChat }));
        Assert.Equal(JsonValueKind.Null, marked.GetProperty("markConversationRead").GetProperty("errors").ValueKind);

        var message = (await graph.RunAsAsync(Callers.As(Role.Provider), Read, Vars(new { id = messageId }))).GetProperty("node");
        Assert.True(message.GetProperty("isRead").GetBoolean());
        Assert.Contains(message.GetProperty("readBy").GetProperty("nodes").EnumerateArray(), r => r.GetProperty("user").GetProperty("id").GetString() == NodeId.Format("User", Callers.AccountId(Role.Patient)));
        await using var db = graph.CreateContext();
        var participant = await db.Set<ConversationParticipant>().SingleAsync(p => p.ConversationId == DemoIds.For("conversation/care-nina") && p.UserId == Callers.AccountId(Role.Patient));
        Assert.NotNull(participant.LastReadAt);
    }

    [Fact]
    public async Task Creating_a_conversation_makes_the_caller_a_participant()
    {
        var data = await graph.RunAsAsync(Callers.As(Role.Patient), """
            mutation($other: ID!) { createConversation(input: { participantIds: [$other], subject: "Question", channel: IN_APP }) { conversation { id participants { totalCount } } errors { __typename } } }
            """, Vars(new { other = NodeId.Format("User", Callers.AccountId(Role.Provider)) }));
        var conversation = data.GetProperty("createConversation").GetProperty("conversation");
        Assert.Equal(2, conversation.GetProperty("participants").GetProperty("totalCount").GetInt32());
        var theirs = await graph.RunAsAsync(Callers.As(Role.Provider), "query($id: ID!) { node(id: $id) { id } }", Vars(new { id = conversation.GetProperty("id").GetString() }));
        Assert.NotEqual(JsonValueKind.Null, theirs.GetProperty("node").ValueKind);
    }
}
