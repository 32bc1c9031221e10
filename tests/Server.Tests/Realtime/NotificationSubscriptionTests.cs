using System.Text.Json;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;

namespace Graph.Server.Tests.Realtime;

/// <summary><c>notificationReceived</c> over graphql-transport-ws, with Postgres fan-out: a notification the database writes
/// (a lesson booked over HTTP) reaches its recipients as it commits, and nobody else.</summary>
public sealed class NotificationSubscriptionTests(StatusGraphHost host) : IClassFixture<StatusGraphHost>
{
    private const string Field = "notificationReceived";

    [Fact]
    public async Task A_booked_lesson_reaches_the_student_and_the_family_contact_only()
    {
        var admin = await host.TokenAsync("ADMIN");
        await using var student = await SubscribeAsync(await host.TokenAsync("STUDENT"), "Student");
        await using var parent = await SubscribeAsync(await host.TokenAsync("PARENT"), "Parent");
        await using var teacher = await SubscribeAsync(await host.TokenAsync("TEACHER"), "Teacher");

        // Sam (the STUDENT account, of the family whose contact is the PARENT account) gets a lesson with Tom (the TEACHER).
        var start = new DateTimeOffset(2032, 2, 3, 15, 0, 0, TimeSpan.Zero);
        var booked = await host.PostAsync("""
            mutation($input: CreateLessonInput!) { createLesson(input: $input) { errors { __typename } } }
            """, new
        {
            input = new
            {
                studioId = NodeId.Format("Studio", DemoIds.For("studio/main")), teacherId = NodeId.Format("Teacher", DemoIds.For("teacher/tom")),
                studentId = NodeId.Format("Student", DemoIds.For("student/sam")), scheduledStart = start, scheduledEnd = start.AddMinutes(30),
            },
        }, admin);
        Assert.Equal(JsonValueKind.Null, booked.GetProperty("data").GetProperty("createLesson").GetProperty("errors").ValueKind);

        Assert.Equal(("LESSON_SCHEDULED", "Lesson scheduled"), Told(await student.ReceiveAsync()));
        Assert.Equal(("LESSON_SCHEDULED", "Lesson scheduled"), Told(await parent.ReceiveAsync()));

        // The contract's read: the caller's notifications and unread count on `me`.
        var studentToken = await host.TokenAsync("STUDENT");
        var me = (await host.PostAsync("{ me { unreadNotificationCount notifications(first: 1, order: { createdAt: DESC }) { nodes { title isRead } } } }", null, studentToken))
            .GetProperty("data").GetProperty("me");
        var newest = Assert.Single(me.GetProperty("notifications").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("Lesson scheduled", false), (newest.GetProperty("title").GetString(), newest.GetProperty("isRead").GetBoolean()));
        Assert.True(me.GetProperty("unreadNotificationCount").GetInt32() >= 1);

        // Events come in commit order: had the lesson reached the teacher, it would come before this.
        var sent = await host.PostAsync("""
            mutation($user: ID!) { createNotification(input: { userId: $user, title: "Staff meeting", message: "Friday at 9." }) { errors { __typename } } }
            """, new { user = NodeId.Format("User", DemoIds.For("user/Teacher")) }, admin);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("data").GetProperty("createNotification").GetProperty("errors").ValueKind);
        Assert.Equal(("GENERAL", "Staff meeting"), Told(await teacher.ReceiveAsync()));
    }

    [Fact]
    public async Task An_anonymous_subscriber_is_refused()
    {
        await using var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync("{}");
        await socket.SendAsync("""{"id":"n","type":"subscribe","payload":{"query":"subscription { notificationReceived { id } }"}}""");
        var refused = await socket.ReceiveAsync();
        // As graphql-ws answers a subscription whose source stream is refused: one result with the error, then complete.
        Assert.Equal("next", refused.GetProperty("type").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", refused.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    private async Task<TestSocket> SubscribeAsync(string token, string role)
    {
        var topic = Field + ":" + DemoIds.For("user/" + role).ToString("D");
        var socket = await TestSocket.ConnectAsync(host.WebSocketUri, "graphql-transport-ws");
        await socket.InitAsync($$"""{"authorization":"Bearer {{token}}"}""");
        var before = host.Bus.SubscriberCount(topic);
        await socket.SendAsync("""{"id":"n","type":"subscribe","payload":{"query":"subscription { notificationReceived { notificationType title user { id } } }"}}""");
        await host.WaitForSubscribersAsync(topic, before + 1);
        return socket;
    }

    private static (string?, string?) Told(JsonElement message)
    {
        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.False(message.GetProperty("payload").TryGetProperty("errors", out _), message.GetRawText());
        var notification = message.GetProperty("payload").GetProperty("data").GetProperty(Field);
        return (notification.GetProperty("notificationType").GetString(), notification.GetProperty("title").GetString());
    }
}
