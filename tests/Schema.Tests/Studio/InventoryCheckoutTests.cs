using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Studio;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Studio;

/// <summary>Inventory checkouts: approving takes the quantity off the item's available quantity (refused when not enough
/// is left, and of concurrent approvals only as many win as there are items), returning puts it back; the item's low
/// stock flag and status follow.</summary>
public sealed class InventoryCheckoutTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Borrow = """
        mutation($input: CreateCheckoutLogInput!) { createCheckoutLog(input: $input) {
          checkoutLog { id status dueDate student { id } } errors { __typename message ... on ValidationError { field } } } }
        """;

    private const string Move = """
        mutation($id: ID!, $status: CheckoutStatus!) { updateCheckoutLogStatus(input: { checkoutLogId: $id, status: $status }) {
          checkoutLog { id status approvedBy { id } returnDate item { availableQuantity isLowStock status } } errors { __typename message ... on ValidationError { field } } } }
        """;

    [Fact]
    public async Task Approving_takes_the_quantity_off_the_item_and_returning_puts_it_back()
    {
        var item = await ItemAsync("drum-sticks", quantity: 5, maxCheckoutDays: 10);
        var checkout = await BorrowAsync(Role.Student, item, 2);
        Assert.Equal("PENDING", checkout.GetProperty("status").GetString());
        // Without a due date, it is due after the item's lending period.
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), DateOnly.Parse(checkout.GetProperty("dueDate").GetString()!));
        var id = checkout.GetProperty("id").GetString()!;

        var approved = await MoveAsync(id, "APPROVED");
        Assert.Equal((3, false, "AVAILABLE"), Stock(approved));
        Assert.Equal(NodeId.Format("User", Callers.AccountId(Role.Admin)), approved.GetProperty("checkoutLog").GetProperty("approvedBy").GetProperty("id").GetString());

        // What an approved checkout holds is fixed: its quantity and its item.
        var resize = (await graph.RunAsync("mutation($id: ID!) { updateCheckoutLog(input: { id: $id, quantity: 1 }) { errors { __typename ... on ValidationError { field } } } }",
            Vars(new { id }))).GetProperty("updateCheckoutLog");
        Assert.Equal(("ValidationError", "quantity"), (Error(resize), resize.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Equal(3, await AvailableAsync(item));

        var more = await BorrowAsync(Role.Parent, item, 3);
        Assert.Equal((0, true, "CHECKED_OUT"), Stock(await MoveAsync(more.GetProperty("id").GetString()!, "APPROVED")));

        var returned = await MoveAsync(id, "RETURNED");
        Assert.Equal((2, true, "AVAILABLE"), Stock(returned));
        Assert.NotEqual(JsonValueKind.Null, returned.GetProperty("checkoutLog").GetProperty("returnDate").ValueKind);
        // A returned checkout is done: it cannot give back twice.
        Assert.Equal("InvalidStatusTransitionError", Error(await MoveAsync(id, "RETURNED")));
        Assert.Equal(2, await AvailableAsync(item));
    }

    [Fact]
    public async Task Approving_more_than_is_available_is_refused_and_changes_nothing()
    {
        var item = await ItemAsync("capo", quantity: 2);
        var first = await BorrowAsync(Role.Student, item, 2);
        var second = await BorrowAsync(Role.Parent, item, 1);
        Assert.Null(Error(await MoveAsync(first.GetProperty("id").GetString()!, "APPROVED")));

        var refused = await MoveAsync(second.GetProperty("id").GetString()!, "APPROVED");
        Assert.Equal("ValidationError", Error(refused));
        Assert.Contains("Only 0 of capo available; 1 asked.", refused.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, await AvailableAsync(item));
        await using var db = graph.CreateContext();
        Assert.Equal(CheckoutStatus.Pending, (await db.Set<CheckoutLog>().SingleAsync(c => c.Id == Key(second))).Status);
    }

    [Fact]
    public async Task Of_concurrent_approvals_only_as_many_win_as_there_are_items()
    {
        var item = await ItemAsync("tuner", quantity: 3);
        var checkouts = new List<string>();
        for (var i = 0; i < 8; i++)
            checkouts.Add((await BorrowAsync(i % 2 == 0 ? Role.Student : Role.Parent, item, 1)).GetProperty("id").GetString()!);

        var results = await Task.WhenAll(checkouts.Select(id => MoveAsync(id, "APPROVED")));

        Assert.Equal(3, results.Count(r => Error(r) is null));
        Assert.All(results.Where(r => Error(r) is not null), r => Assert.Equal("ValidationError", Error(r)));
        Assert.Equal(0, await AvailableAsync(item));
        await using var db = graph.CreateContext();
        Assert.Equal(3, await db.Set<CheckoutLog>().CountAsync(c => c.ItemId == item && c.Status == CheckoutStatus.Approved));
    }

    [Fact]
    public async Task An_approved_checkout_past_its_due_date_becomes_overdue_by_the_overdue_job()
    {
        var item = await ItemAsync("ukulele", quantity: 2);
        var late = (await graph.RunAsAsync(Callers.As(Role.Student), Borrow, Vars(new
        {
            input = new { itemId = NodeId.Format("InventoryItem", item), dueDate = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd") },
        }))).GetProperty("createCheckoutLog").GetProperty("checkoutLog").GetProperty("id").GetString()!;
        var pending = (await BorrowAsync(Role.Parent, item, 1)).GetProperty("id").GetString()!;
        Assert.Null(Error(await MoveAsync(late, "APPROVED")));

        var job = new OverdueJob(graph.Services.GetRequiredService<IDbContextFactory<GraphDbContext>>(), graph.Services.GetRequiredService<IEventOutbox>(), TimeProvider.System);
        Assert.True(await job.RunOnceAsync(batchSize: 50, CancellationToken.None) >= 1);

        var read = await graph.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on CheckoutLog { status isOverdue } } }", Vars(new { ids = new[] { late, pending } }));
        var states = read.GetProperty("nodes").EnumerateArray().Select(n => (n.GetProperty("status").GetString(), n.GetProperty("isOverdue").GetBoolean()));
        Assert.Equal([("OVERDUE", true), ("PENDING", false)], states);
        // Overdue, it still holds its item until it is returned.
        Assert.Equal(1, await AvailableAsync(item));
        Assert.Equal((2, true, "AVAILABLE"), Stock(await MoveAsync(late, "RETURNED")));
    }

    [Fact]
    public async Task A_checkout_asks_for_a_borrowable_item_and_no_more_than_it_has()
    {
        var item = await ItemAsync("oboe", quantity: 1);
        var tooMany = await BorrowPayloadAsync(Role.Student, item, 2);
        Assert.Equal(("ValidationError", "quantity"), (Error(tooMany), tooMany.GetProperty("errors")[0].GetProperty("field").GetString()));

        var piano = await BorrowPayloadAsync(Role.Student, DemoIds.For("inventory/grand-piano"), 1);
        Assert.Equal(("ValidationError", "itemId"), (Error(piano), piano.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Equal("Grand piano is not lent out.", piano.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_student_sees_their_own_checkouts_and_borrows_only_for_themselves()
    {
        var item = await ItemAsync("harmonica", quantity: 4);
        var forSomeoneElse = await graph.ExecuteAsAsync(Callers.As(Role.Student), Borrow, Vars(new
        {
            input = new { itemId = NodeId.Format("InventoryItem", item), studentId = NodeId.Format("User", Callers.AccountId(Role.Parent)) },
        }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", forSomeoneElse.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var approve = await graph.ExecuteAsAsync(Callers.As(Role.Student), Move, Vars(new { id = NodeId.Format("CheckoutLog", DemoIds.For("checkout/pending")), status = "APPROVED" }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", approve.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var seen = await graph.RunAsAsync(Callers.As(Role.Student), "{ checkoutLogs(first: 50) { nodes { student { id } } } }");
        var students = seen.GetProperty("checkoutLogs").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("student").GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(students);
        Assert.All(students, s => Assert.Equal(NodeId.Format("User", Callers.AccountId(Role.Student)), s));
    }

    [Fact]
    public async Task The_demo_inventory_holds_what_its_live_checkouts_hold()
    {
        var data = await graph.RunAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { ... on InventoryItem { name quantity availableQuantity isLowStock } } }
            """, Vars(new { ids = new[] { "violin", "metronome", "real-book" }.Select(k => NodeId.Format("InventoryItem", DemoIds.For("inventory/" + k))) }));
        var items = data.GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("name").GetString(), n.GetProperty("availableQuantity").GetInt32(), n.GetProperty("isLowStock").GetBoolean()));
        Assert.Equal([("Student violin 3/4", 4, false), ("Metronome", 2, true), ("Real Book vol. 1", 1, true)], items);
    }

    private async Task<Guid> ItemAsync(string name, int quantity, int maxCheckoutDays = 14)
    {
        var data = await graph.RunAsync("""
            mutation($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { inventoryItem { id availableQuantity } errors { message } } }
            """, Vars(new { input = new { studioId = NodeId.Format("Studio", DemoIds.For("studio/main")), name, quantity, maxCheckoutDays } }));
        var item = data.GetProperty("createInventoryItem").GetProperty("inventoryItem");
        Assert.Equal(quantity, item.GetProperty("availableQuantity").GetInt32());
        Assert.True(NodeKeys.TryParse(item.GetProperty("id").GetString(), "InventoryItem", out var key));
        return key;
    }

    private async Task<JsonElement> BorrowPayloadAsync(Role role, Guid item, int quantity) =>
        (await graph.RunAsAsync(Callers.As(role), Borrow, Vars(new { input = new { itemId = NodeId.Format("InventoryItem", item), quantity } })))
            .GetProperty("createCheckoutLog");

    private async Task<JsonElement> BorrowAsync(Role role, Guid item, int quantity)
    {
        var payload = await BorrowPayloadAsync(role, item, quantity);
        Assert.Null(Error(payload));
        return payload.GetProperty("checkoutLog");
    }

    private async Task<JsonElement> MoveAsync(string id, string status) =>
        (await graph.RunAsync(Move, Vars(new { id, status }))).GetProperty("updateCheckoutLogStatus");

    private async Task<int> AvailableAsync(Guid item)
    {
        await using var db = graph.CreateContext();
        return await db.Set<InventoryItem>().Where(i => i.Id == item).Select(i => i.AvailableQuantity).SingleAsync();
    }

    private static (int, bool, string?) Stock(JsonElement payload)
    {
        var item = payload.GetProperty("checkoutLog").GetProperty("item");
        return (item.GetProperty("availableQuantity").GetInt32(), item.GetProperty("isLowStock").GetBoolean(), item.GetProperty("status").GetString());
    }

    private static Guid Key(JsonElement checkout) =>
        NodeKeys.TryParse(checkout.GetProperty("id").GetString(), "CheckoutLog", out var key) ? key : Guid.Empty;

    private static string? Error(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();
}
