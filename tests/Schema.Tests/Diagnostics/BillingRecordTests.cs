using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;

namespace Graph.Schema.Tests.Diagnostics;

/// <summary>
/// Billing moves DRAFT → FINALIZED → INVOICED → PAID; invoice numbers are per year, unique and gap-free even when many
/// records are invoiced at once; an invoiced record's amounts are frozen and it is not deleted. Booking items move
/// PENDING → COLLECTED → PROCESSING → COMPLETED.
/// </summary>
public sealed class BillingRecordTests(GraphFixture graph) : IClassFixture<GraphFixture>, IAsyncLifetime
{
    private const string Move = """
        mutation($id: ID!, $status: BillingStatus!) {
          updateBillingRecordStatus(input: { billingRecordId: $id, status: $status }) {
            billingRecord { status invoiceNumber invoiceDate paidDate }
            errors { __typename message ... on InvalidStatusTransitionError { from to } }
          }
        }
        """;

    private LabCommerceSetup _setup = null!;

    public Task InitializeAsync()
    {
        _setup = new LabCommerceSetup(graph);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    /// <summary>A booking of Bruno's with a bill in <paramref name="status"/> (120 + 30 − 10).</summary>
    private async Task<Guid> BillAsync(string status)
    {
        var booking = await _setup.ScalarAsync(
            "INSERT INTO bookings (user_id, pet_id, booking_date) SELECT user_id, id, now() FROM pets WHERE name = 'Bruno' RETURNING id");
        return await _setup.ScalarAsync(
            """
            INSERT INTO billing_records (booking_id, user_id, base_amount, discount_amount, distance_charge, final_amount, billing_date, billing_period, status)
            SELECT id, user_id, 120, 10, 30, 140, current_date, to_char(current_date, 'YYYY-MM'), $2 FROM bookings WHERE id = $1 RETURNING id
            """,
            booking, status);
    }

    private async Task<JsonElement> MoveAsync(Guid record, string status, Role role = Role.Admin)
    {
        var data = await graph.RunAsAsync(Callers.As(role), Move, new Dictionary<string, object?> { ["id"] = NodeId.Format("BillingRecord", record), ["status"] = status });
        return data.GetProperty("updateBillingRecordStatus");
    }

    [Fact]
    public async Task A_bill_is_finalized_invoiced_with_a_number_then_paid()
    {
        var record = await BillAsync("DRAFT");

        Assert.Equal("FINALIZED", (await MoveAsync(record, "FINALIZED")).GetProperty("billingRecord").GetProperty("status").GetString());
        var invoiced = (await MoveAsync(record, "INVOICED")).GetProperty("billingRecord");
        Assert.Matches($"^INV-{DateTime.UtcNow.Year}-\\d{{6}}$", invoiced.GetProperty("invoiceNumber").GetString());
        Assert.NotEqual(JsonValueKind.Null, invoiced.GetProperty("invoiceDate").ValueKind);
        var paid = (await MoveAsync(record, "PAID")).GetProperty("billingRecord");
        Assert.Equal(invoiced.GetProperty("invoiceNumber").GetString(), paid.GetProperty("invoiceNumber").GetString());
        Assert.NotEqual(JsonValueKind.Null, paid.GetProperty("paidDate").ValueKind);

        var back = await MoveAsync(record, "DRAFT");
        Assert.Equal("InvalidStatusTransitionError", back.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_draft_cannot_skip_to_invoiced_and_only_admins_move_bills()
    {
        var record = await BillAsync("DRAFT");

        var skipped = await MoveAsync(record, "INVOICED");
        Assert.Equal("InvalidStatusTransitionError", skipped.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var response = await graph.ExecuteAsAsync(Callers.As(Role.Customer), Move, new Dictionary<string, object?> { ["id"] = NodeId.Format("BillingRecord", record), ["status"] = "FINALIZED" });
        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1L, await _setup.CountAsync("billing_records", "id = $1 AND status = 'DRAFT' AND invoice_number IS NULL", record));
    }

    [Fact]
    public async Task Invoice_numbers_are_unique_and_gap_free_under_concurrent_invoicing()
    {
        var records = new List<Guid>();
        for (var i = 0; i < 16; i++)
            records.Add(await BillAsync("FINALIZED"));

        var payloads = await Task.WhenAll(records.Select(r => MoveAsync(r, "INVOICED")));

        Assert.All(payloads, p => Assert.Equal(JsonValueKind.Null, p.GetProperty("errors").ValueKind));
        var prefix = $"INV-{DateTime.UtcNow.Year}-";
        var mine = payloads.Select(p => p.GetProperty("billingRecord").GetProperty("invoiceNumber").GetString()!).ToList();
        Assert.Equal(16, mine.Distinct().Count());
        Assert.All(mine, n => Assert.StartsWith(prefix, n));
        // Every number of the year, the demo's included, runs 1, 2, 3, … without a gap, and ours are the last 16.
        var all = (await Graph.Testing.Postgres.Sql.ColumnAsync(graph.ConnectionString,
            $"SELECT invoice_number FROM billing_records WHERE invoice_number LIKE '{prefix}%' ORDER BY invoice_number")).Select(n => int.Parse(n[prefix.Length..])).ToList();
        Assert.Equal(Enumerable.Range(1, all.Count), all);
        Assert.Equal(all.TakeLast(16), mine.Select(n => int.Parse(n[prefix.Length..])).Order());
    }

    [Fact]
    public async Task An_invoiced_bill_keeps_its_amounts_and_is_not_deleted()
    {
        var draft = await BillAsync("DRAFT");
        var invoiced = await BillAsync("FINALIZED");
        await MoveAsync(invoiced, "INVOICED");
        const string Update = """
            mutation($id: ID!) { updateBillingRecord(input: { id: $id, discountAmount: 20, finalAmount: 130 }) { billingRecord { finalAmount } errors { __typename message } } }
            """;
        const string Delete = "mutation($id: ID!) { deleteBillingRecord(input: { id: $id }) { errors { __typename message } } }";

        var changed = await graph.RunAsync(Update, new Dictionary<string, object?> { ["id"] = NodeId.Format("BillingRecord", draft) });
        Assert.Equal(130m, changed.GetProperty("updateBillingRecord").GetProperty("billingRecord").GetProperty("finalAmount").GetDecimal());

        var frozen = await graph.RunAsync(Update, new Dictionary<string, object?> { ["id"] = NodeId.Format("BillingRecord", invoiced) });
        Assert.Equal("ValidationError", frozen.GetProperty("updateBillingRecord").GetProperty("errors")[0].GetProperty("__typename").GetString());
        var kept = await graph.RunAsync(Delete, new Dictionary<string, object?> { ["id"] = NodeId.Format("BillingRecord", invoiced) });
        Assert.Equal("ValidationError", kept.GetProperty("deleteBillingRecord").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(1L, await _setup.CountAsync("billing_records", "id = $1 AND final_amount = 140", invoiced));

        // Amounts that do not add up are refused too.
        var wrong = await graph.RunAsync(
            "mutation($id: ID!) { updateBillingRecord(input: { id: $id, finalAmount: 1 }) { errors { __typename } } }",
            new Dictionary<string, object?> { ["id"] = NodeId.Format("BillingRecord", draft) });
        Assert.Equal("ValidationError", wrong.GetProperty("updateBillingRecord").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_booking_item_moves_pending_collected_processing_completed_in_order()
    {
        var booking = await _setup.ScalarAsync(
            "INSERT INTO bookings (user_id, pet_id, booking_date) SELECT user_id, id, now() FROM pets WHERE name = 'Bruno' RETURNING id");
        var item = await _setup.ScalarAsync(
            "INSERT INTO booking_items (booking_id, lab_test_id, unit_price) SELECT $1, id, price FROM lab_tests ORDER BY id LIMIT 1 RETURNING id", booking);
        const string MoveItem = """
            mutation($id: ID!, $status: BookingItemStatus!) {
              updateBookingItemStatus(input: { bookingItemId: $id, status: $status }) { bookingItem { status } errors { __typename } }
            }
            """;
        async Task<JsonElement> MoveItemAsync(string status) =>
            (await graph.RunAsAsync(Callers.As(Role.LabTech), MoveItem, new Dictionary<string, object?> { ["id"] = NodeId.Format("BookingItem", item), ["status"] = status }))
            .GetProperty("updateBookingItemStatus");

        Assert.Equal("InvalidStatusTransitionError", (await MoveItemAsync("COMPLETED")).GetProperty("errors")[0].GetProperty("__typename").GetString());
        foreach (var status in new[] { "COLLECTED", "PROCESSING", "COMPLETED" })
            Assert.Equal(status, (await MoveItemAsync(status)).GetProperty("bookingItem").GetProperty("status").GetString());
        Assert.Equal("InvalidStatusTransitionError", (await MoveItemAsync("PENDING")).GetProperty("errors")[0].GetProperty("__typename").GetString());
        var events = await graph.OutboxPayloadsAsync("bookingItemStatusChanged:" + item.ToString("D"), item);
        Assert.Equal(["COLLECTED", "PROCESSING", "COMPLETED"], events.Select(e => e.GetProperty("status").GetString()));
    }
}
