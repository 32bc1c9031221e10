using System.Security.Claims;
using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Studio;

/// <summary>Notifications the database writes with the change they tell of (lessons, patterns, invoices, checkouts), read
/// only by their recipient, marked read by them, with the recipient's unread count exact under concurrent writes.</summary>
public sealed class NotificationTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Mine = """
        query($id: ID!) { node(id: $id) { ... on User {
          unreadNotificationCount notifications(first: 50) { nodes { id title message notificationType isRead readAt link } } } } }
        """;

    private const string MarkRead = """
        mutation($id: ID!, $read: Boolean!) { updateNotification(input: { id: $id, isRead: $read }) {
          notification { isRead readAt user { unreadNotificationCount } } errors { __typename } } }
        """;

    private const string MarkOne = """
        mutation($id: ID!) { markNotificationRead(input: { notificationId: $id }) {
          notification { isRead readAt user { unreadNotificationCount } } errors { __typename } } }
        """;

    [Fact]
    public async Task A_lesson_scheduled_and_cancelled_is_told_to_the_student_and_the_family_contact_in_the_studios_time()
    {
        var world = await SetUpAsync("lesson");
        var start = new DateTimeOffset(2031, 3, 4, 9, 0, 0, TimeSpan.Zero);
        var lesson = (await graph.RunAsync("""
            mutation($input: CreateLessonInput!) { createLesson(input: $input) { lesson { id } errors { __typename } } }
            """, Vars(new
        {
            input = new
            {
                studioId = NodeId.Format("Studio", world.Studio), teacherId = NodeId.Format("Teacher", world.Teacher),
                studentId = NodeId.Format("Student", world.Student), scheduledStart = start, scheduledEnd = start.AddMinutes(45),
            },
        }))).GetProperty("createLesson").GetProperty("lesson").GetProperty("id").GetString()!;

        foreach (var user in new[] { world.StudentUser, world.Parent })
        {
            var me = await MeAsync(user);
            Assert.Equal(1, me.GetProperty("unreadNotificationCount").GetInt32());
            var told = Single(me);
            Assert.Equal(("LESSON_SCHEDULED", "Lesson scheduled", false), (Text(told, "notificationType"), Text(told, "title"), told.GetProperty("isRead").GetBoolean()));
            // Berlin is an hour ahead of UTC in March.
            Assert.Equal("A lesson is scheduled for Tuesday, March 4 at 10:00.", Text(told, "message"));
        }

        Assert.Empty(Notifications(await MeAsync(world.TeacherUser)));
        Assert.True(NodeKeys.TryParse(Text(Single(await MeAsync(world.Parent)), "id"), nameof(Notification), out var written));
        await AssertAnnouncedAsync(world.Parent, written, "Lesson scheduled");

        await graph.RunAsync("""
            mutation($id: ID!) { updateLessonStatus(input: { lessonId: $id, status: CANCELLED, cancellationReason: "Teacher ill." }) { errors { __typename } } }
            """, Vars(new { id = lesson }));
        var after = await MeAsync(world.Parent);
        Assert.Equal(2, after.GetProperty("unreadNotificationCount").GetInt32());
        var cancelled = Notifications(after).Single(n => Text(n, "notificationType") == "LESSON_CANCELLED");
        Assert.Equal("The lesson of Tuesday, March 4 at 10:00 is cancelled: Teacher ill.", Text(cancelled, "message"));
    }

    [Fact]
    public async Task A_recurring_pattern_is_told_once_and_its_deactivation_once_not_each_lesson()
    {
        var world = await SetUpAsync("pattern");
        var monday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(1);
        var pattern = (await graph.RunAsync("""
            mutation($input: CreateRecurringPatternInput!) { createRecurringPattern(input: $input) { recurringPattern { id lessons { totalCount } } errors { __typename } } }
            """, Vars(new
        {
            input = new
            {
                studioId = NodeId.Format("Studio", world.Studio), teacherId = NodeId.Format("Teacher", world.Teacher),
                studentId = NodeId.Format("Student", world.Student), frequency = "WEEKLY", dayOfWeek = "MONDAY", startTime = "16:30",
                durationMinutes = 30, startDate = monday.ToString("yyyy-MM-dd"), endDate = monday.AddDays(49).ToString("yyyy-MM-dd"),
            },
        }))).GetProperty("createRecurringPattern").GetProperty("recurringPattern");
        Assert.Equal(8, pattern.GetProperty("lessons").GetProperty("totalCount").GetInt32());

        var told = Single(await MeAsync(world.StudentUser));
        Assert.Equal(("LESSON_SCHEDULED", $"Lessons are scheduled weekly from {monday.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture)} at 16:30."),
            (Text(told, "notificationType"), Text(told, "message")));

        await graph.RunAsync("mutation($id: ID!) { updateRecurringPattern(input: { id: $id, isActive: false }) { errors { __typename } } }",
            Vars(new { id = pattern.GetProperty("id").GetString() }));
        var after = Notifications(await MeAsync(world.StudentUser));
        Assert.Equal(["LESSON_SCHEDULED", "LESSON_CANCELLED"], after.Select(n => Text(n, "notificationType")));
        Assert.Equal("The weekly lessons still to come are cancelled.", Text(after[1], "message"));
    }

    [Fact]
    public async Task A_sent_invoice_is_told_to_its_payer_and_an_approved_checkout_to_its_borrower()
    {
        var world = await SetUpAsync("billing");
        var invoice = (await graph.RunAsync("""
            mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id invoiceNumber } errors { __typename } } }
            """, Vars(new { input = new { studioId = NodeId.Format("Studio", world.Studio), familyId = NodeId.Format("Family", world.Family), dueDate = "2031-05-01" } })))
            .GetProperty("createInvoice").GetProperty("invoice");
        await graph.RunAsync("mutation($input: CreateInvoiceLineItemInput!) { createInvoiceLineItem(input: $input) { errors { __typename } } }",
            Vars(new { input = new { invoiceId = invoice.GetProperty("id").GetString(), description = "Four lessons", quantity = 4, unitPrice = 30 } }));
        // A draft is nobody's business yet.
        Assert.Empty(Notifications(await MeAsync(world.Parent)));
        await graph.RunAsync("mutation($id: ID!) { updateInvoiceStatus(input: { invoiceId: $id, status: SENT }) { errors { __typename } } }",
            Vars(new { id = invoice.GetProperty("id").GetString() }));
        var number = Text(invoice, "invoiceNumber");
        var bill = Single(await MeAsync(world.Parent));
        Assert.Equal(("INVOICE_SENT", "Invoice " + number, $"Invoice {number} of 120.00 is due on May 1, 2031."),
            (Text(bill, "notificationType"), Text(bill, "title"), Text(bill, "message")));
        Assert.Empty(Notifications(await MeAsync(world.StudentUser)));

        var item = (await graph.RunAsync("""
            mutation($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { inventoryItem { id } errors { __typename } } }
            """, Vars(new { input = new { studioId = NodeId.Format("Studio", world.Studio), name = "Cajon", quantity = 2 } })))
            .GetProperty("createInventoryItem").GetProperty("inventoryItem").GetProperty("id").GetString();
        var checkout = (await graph.RunAsync("""
            mutation($input: CreateCheckoutLogInput!) { createCheckoutLog(input: $input) { checkoutLog { id } errors { __typename } } }
            """, Vars(new { input = new { itemId = item, studentId = NodeId.Format("User", world.StudentUser), dueDate = "2031-06-15" } })))
            .GetProperty("createCheckoutLog").GetProperty("checkoutLog").GetProperty("id").GetString();
        Assert.Empty(Notifications(await MeAsync(world.StudentUser)));
        await graph.RunAsync("mutation($id: ID!) { updateCheckoutLogStatus(input: { checkoutLogId: $id, status: APPROVED }) { errors { __typename } } }",
            Vars(new { id = checkout }));
        var approved = Single(await MeAsync(world.StudentUser));
        Assert.Equal(("CHECKOUT_APPROVED", "1 × Cajon, due back on June 15."), (Text(approved, "notificationType"), Text(approved, "message")));
    }

    [Fact]
    public async Task Only_the_recipient_reads_a_notification_and_marks_it_read()
    {
        var world = await SetUpAsync("read");
        var sent = await SendAsync(world.StudentUser, "Recital on Friday", "/recitals/spring");
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("errors").ValueKind);
        var id = sent.GetProperty("notification").GetProperty("id").GetString()!;
        var told = Single(await MeAsync(world.StudentUser));
        Assert.Equal(("GENERAL", "/recitals/spring"), (Text(told, "notificationType"), Text(told, "link")));

        // Another user neither finds it nor changes it; staff who read the recipient do not read their count.
        var parent = Caller(world.Parent, Role.Parent);
        Assert.Equal(JsonValueKind.Null, (await graph.RunAsAsync(parent, "query($id: ID!) { node(id: $id) { id } }", Vars(new { id }))).GetProperty("node").ValueKind);
        Assert.Equal(0, (await graph.RunAsAsync(parent, "{ notifications { totalCount } }")).GetProperty("notifications").GetProperty("totalCount").GetInt32());
        Assert.Equal("NotFoundError", Error((await graph.RunAsAsync(parent, MarkOne, Vars(new { id }))).GetProperty("markNotificationRead")));
        Assert.Equal("NotFoundError", Error((await graph.RunAsAsync(parent, MarkRead, Vars(new { id, read = true }))).GetProperty("updateNotification")));
        var count = await graph.ExecuteAsAsync(Callers.As(Role.Sales), "query($id: ID!) { node(id: $id) { ... on User { unreadNotificationCount } } }",
            Vars(new { id = NodeId.Format("User", world.StudentUser) }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", count.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // The recipient marks it read but does not rewrite it; only ADMIN sends one.
        var student = Caller(world.StudentUser, Role.Student);
        var retitle = await graph.ExecuteAsAsync(student, "mutation($id: ID!) { updateNotification(input: { id: $id, title: \"Mine now\" }) { errors { __typename } } }", Vars(new { id }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", retitle.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var create = await graph.ExecuteAsAsync(student, """
            mutation($user: ID!) { createNotification(input: { userId: $user, title: "Hi", message: "Hello" }) { errors { __typename } } }
            """, Vars(new { user = NodeId.Format("User", world.Parent) }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", create.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var read = (await graph.RunAsAsync(student, MarkOne, Vars(new { id }))).GetProperty("markNotificationRead").GetProperty("notification");
        Assert.True(read.GetProperty("isRead").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("readAt").ValueKind);
        Assert.Equal(0, read.GetProperty("user").GetProperty("unreadNotificationCount").GetInt32());
        var unread = (await graph.RunAsAsync(student, MarkRead, Vars(new { id, read = false }))).GetProperty("updateNotification").GetProperty("notification");
        Assert.Equal((JsonValueKind.Null, 1), (unread.GetProperty("readAt").ValueKind, unread.GetProperty("user").GetProperty("unreadNotificationCount").GetInt32()));

        await SendAsync(world.StudentUser, "Second", null);
        var all = (await graph.RunAsAsync(student, "mutation { markAllNotificationsRead { markedCount user { unreadNotificationCount } } }"))
            .GetProperty("markAllNotificationsRead");
        Assert.Equal((2, 0), (all.GetProperty("markedCount").GetInt32(), all.GetProperty("user").GetProperty("unreadNotificationCount").GetInt32()));
        Assert.All(Notifications(await MeAsync(world.StudentUser)), n => Assert.True(n.GetProperty("isRead").GetBoolean()));
    }

    [Fact]
    public async Task A_link_is_a_path_or_an_http_address_and_the_write_is_announced()
    {
        var world = await SetUpAsync("link");
        var refused = await SendAsync(world.StudentUser, "Click", "javascript:alert(1)");
        Assert.Equal(("ValidationError", "link"), (Error(refused), refused.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Empty(Notifications(await MeAsync(world.StudentUser)));

        var sent = await SendAsync(world.StudentUser, "Docs", "https://studio.example/docs");
        Assert.True(NodeKeys.TryParse(sent.GetProperty("notification").GetProperty("id").GetString(), nameof(Notification), out var key));
        // Announced once to the recipient (by the table's trigger) and once to nodeChanged (by its writer).
        await AssertAnnouncedAsync(world.StudentUser, key, "Docs");
    }

    /// <summary>A written notification is announced on its recipient's topic and on nodeChanged, each once, whichever path wrote it.</summary>
    private async Task AssertAnnouncedAsync(Guid user, Guid notification, string title)
    {
        var received = await graph.OutboxPayloadsAsync("notificationReceived:" + user.ToString("D"), notification);
        Assert.Equal(user.ToString("D"), Assert.Single(received).GetProperty("userId").GetString());
        var created = Assert.Single(await graph.OutboxPayloadsAsync("nodeChanged:Notification", notification));
        var change = JsonSerializer.Deserialize<Graph.Schema.Writes.NodeChange>(created.GetRawText(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal((Graph.Schema.Writes.ChangeOperation.Created, nameof(Notification)), (change.Operation, change.TypeName));
        Assert.Equal(title, change.Snapshot!.Value.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Concurrent_notifications_and_reads_keep_the_unread_count_exact()
    {
        var world = await SetUpAsync("race");
        var student = Caller(world.StudentUser, Role.Student);
        var writes = Enumerable.Range(0, 16).Select(i => (Func<Task>)(() => SendAsync(world.StudentUser, "Note " + i, null)))
            .Concat(Enumerable.Range(0, 4).Select(_ => (Func<Task>)(() => graph.RunAsAsync(student, "mutation { markAllNotificationsRead { markedCount } }"))));
        await Task.WhenAll(writes.Select(w => Task.Run(w)));

        await using var db = graph.CreateContext();
        var unread = await db.Set<Notification>().CountAsync(n => n.UserId == world.StudentUser && !n.IsRead);
        Assert.Equal(16, await db.Set<Notification>().CountAsync(n => n.UserId == world.StudentUser));
        Assert.Equal(unread, await db.Set<User>().Where(u => u.Id == world.StudentUser).Select(u => u.UnreadNotificationCount).SingleAsync());

        // One notification marked read by several requests at once counts once.
        var last = (await SendAsync(world.StudentUser, "Last", null)).GetProperty("notification").GetProperty("id").GetString();
        var marks = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => graph.RunAsAsync(student, MarkOne, Vars(new { id = last })))));
        Assert.All(marks, m => Assert.True(m.GetProperty("markNotificationRead").GetProperty("notification").GetProperty("isRead").GetBoolean()));
        Assert.Equal(unread, await db.Set<User>().Where(u => u.Id == world.StudentUser).Select(u => u.UnreadNotificationCount).SingleAsync());
    }

    [Fact]
    public async Task The_demo_users_have_notifications_of_every_type_and_their_counts_agree()
    {
        await using var db = graph.CreateContext();
        var types = await db.Set<Notification>().Select(n => n.NotificationType).Distinct().ToListAsync();
        Assert.Equal(Enum.GetValues<NotificationType>().Order(), types.Order());
        var counts = await db.Set<User>().Where(u => u.UnreadNotificationCount != u.Notifications.Count(n => !n.IsRead)).Select(u => u.Email).ToListAsync();
        Assert.Empty(counts);
    }

    private sealed record World(Guid Studio, Guid Teacher, Guid TeacherUser, Guid Student, Guid StudentUser, Guid Family, Guid Parent);

    /// <summary>A studio in Berlin with a teacher, a family (its contact a fresh PARENT account) and a student with their own
    /// account, so the test's notifications meet no others.</summary>
    private async Task<World> SetUpAsync(string key)
    {
        await using var db = graph.CreateContext();
        User Account(string who, Role role) => new() { Email = $"notify-{key}-{who}@test.graph", FirstName = who, LastName = key, Roles = [role] };
        var (teacherUser, studentUser, parent) = (Account("teacher", Role.Teacher), Account("student", Role.Student), Account("parent", Role.Parent));
        var studio = new Persistence.Studio.Studio { Name = "Notify " + key, Slug = "notify-" + key, TimeZone = "Europe/Berlin" };
        var teacher = new Teacher { User = teacherUser, Studio = studio };
        var family = new Family { Studio = studio, Name = key + " family", PrimaryContact = parent };
        var student = new Student { FirstName = "Stu", LastName = key, Studio = studio, Family = family, User = studentUser };
        db.AddRange(teacherUser, studentUser, parent, studio, teacher, family, student);
        await db.SaveChangesAsync();
        return new World(studio.Id, teacher.Id, teacherUser.Id, student.Id, studentUser.Id, family.Id, parent.Id);
    }

    /// <summary>The user as they read themselves.</summary>
    private async Task<JsonElement> MeAsync(Guid user) =>
        (await graph.RunAsAsync(Caller(user, Role.Student), Mine, Vars(new { id = NodeId.Format("User", user) }))).GetProperty("node");

    private async Task<JsonElement> SendAsync(Guid user, string title, string? link) =>
        (await graph.RunAsync("""
            mutation($input: CreateNotificationInput!) { createNotification(input: $input) {
              notification { id } errors { __typename message ... on ValidationError { field } } } }
            """, Vars(new { input = new { userId = NodeId.Format("User", user), title, message = title + ".", link } }))).GetProperty("createNotification");

    private static ClaimsPrincipal Caller(Guid user, Role role) => Viewers.Principal(user, [role]);

    private static List<JsonElement> Notifications(JsonElement me) => [.. me.GetProperty("notifications").GetProperty("nodes").EnumerateArray()];

    private static JsonElement Single(JsonElement me) => Assert.Single(Notifications(me));

    private static string? Text(JsonElement node, string field) => node.GetProperty(field).GetString();

    private static string? Error(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();
}
