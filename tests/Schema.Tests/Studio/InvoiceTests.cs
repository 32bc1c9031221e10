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

/// <summary>Studio invoices: the database adds up lines and payments (never paying more than the total, also under
/// concurrent payments), the status follows the money and the due date once sent, a paid invoice's lines are frozen,
/// and only the payer of an invoice reads it.</summary>
public sealed class InvoiceTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Amounts = "id status subtotal tax total amountPaid balanceDue isOverdue sentAt paidAt invoiceNumber";

    private const string AddLine = """
        mutation($input: CreateInvoiceLineItemInput!) { createInvoiceLineItem(input: $input) {
          invoiceLineItem { id totalPrice } errors { __typename message ... on ValidationError { field } } } }
        """;

    private const string Send = $$"""
        mutation($id: ID!, $status: InvoiceStatus!) { updateInvoiceStatus(input: { invoiceId: $id, status: $status }) {
          invoice { {{Amounts}} } errors { __typename message ... on ValidationError { field } } } }
        """;

    private const string Pay = """
        mutation($id: ID!, $status: PaymentStatus!) { updatePaymentStatus(input: { paymentId: $id, status: $status }) {
          payment { id status paidAt invoice { status amountPaid balanceDue } } errors { __typename message ... on ValidationError { field } } } }
        """;

    [Fact]
    public async Task An_invoice_adds_up_its_lines_and_its_payments_and_freezes_once_paid()
    {
        var invoice = await InvoiceAsync(tax: 7.10m);
        var line = await LineAsync(invoice, "Piano lessons, March", 4, 25.50m);
        Assert.Equal(102.00m, line.GetProperty("totalPrice").GetDecimal());
        await LineAsync(invoice, "Practice room", 1, 19.99m);
        Assert.Equal(("DRAFT", 121.99m, 129.09m, 129.09m), Money(await ReadAsync(invoice)));

        // A changed line changes the subtotal; a removed one takes its total away.
        var extra = await LineAsync(invoice, "Sheet music", 2, 5m);
        Assert.Equal(131.99m, (await ReadAsync(invoice)).GetProperty("subtotal").GetDecimal());
        await graph.RunAsync("mutation($id: ID!) { updateInvoiceLineItem(input: { id: $id, quantity: 3 }) { errors { message } } }", Vars(new { id = extra.GetProperty("id").GetString() }));
        Assert.Equal(136.99m, (await ReadAsync(invoice)).GetProperty("subtotal").GetDecimal());
        await graph.RunAsync("mutation($id: ID!) { deleteInvoiceLineItem(input: { id: $id }) { errors { message } } }", Vars(new { id = extra.GetProperty("id").GetString() }));
        Assert.Equal(121.99m, (await ReadAsync(invoice)).GetProperty("subtotal").GetDecimal());

        var sent = (await MoveAsync(invoice, "SENT")).GetProperty("invoice");
        Assert.Equal("SENT", sent.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, sent.GetProperty("sentAt").ValueKind);

        var first = await PaymentAsync(invoice, 100m);
        Assert.Null(Error(await PayAsync(first, "PAID")));
        Assert.Equal(("PARTIAL", 121.99m, 129.09m, 29.09m), Money(await ReadAsync(invoice)));

        var rest = await PaymentAsync(invoice, 29.09m);
        var paid = await PayAsync(rest, "PAID");
        Assert.Equal(("PAID", 129.09m, 0m), (
            paid.GetProperty("payment").GetProperty("invoice").GetProperty("status").GetString(),
            paid.GetProperty("payment").GetProperty("invoice").GetProperty("amountPaid").GetDecimal(),
            paid.GetProperty("payment").GetProperty("invoice").GetProperty("balanceDue").GetDecimal()));
        Assert.NotEqual(JsonValueKind.Null, (await ReadAsync(invoice)).GetProperty("paidAt").ValueKind);

        // Paid: its lines are frozen, and its tax too (nothing may bring the total under what was paid).
        var frozen = (await graph.RunAsync(AddLine, Vars(new { input = new { invoiceId = Id(invoice), description = "Late fee", unitPrice = 5 } })))
            .GetProperty("createInvoiceLineItem");
        Assert.Equal(("ValidationError", "invoiceId"), (Error(frozen), Field(frozen)));
        Assert.Contains("its lines are frozen", Message(frozen));
        var changeLine = (await graph.RunAsync("mutation($id: ID!) { updateInvoiceLineItem(input: { id: $id, unitPrice: 1 }) { errors { __typename } } }",
            Vars(new { id = line.GetProperty("id").GetString() }))).GetProperty("updateInvoiceLineItem");
        Assert.Equal("ValidationError", Error(changeLine));
        var lowerTax = (await graph.RunAsync("mutation($id: ID!) { updateInvoice(input: { id: $id, tax: 0 }) { errors { __typename } } }", Vars(new { id = Id(invoice) })))
            .GetProperty("updateInvoice");
        Assert.Equal("ValidationError", Error(lowerTax));
        Assert.Equal(("PAID", 121.99m, 129.09m, 0m), Money(await ReadAsync(invoice)));

        // A refund takes the money back off: the invoice is open (and its lines editable) again.
        Assert.Null(Error(await PayAsync(rest, "REFUNDED")));
        Assert.Equal(("PARTIAL", 121.99m, 129.09m, 29.09m), Money(await ReadAsync(invoice)));
        Assert.Equal(JsonValueKind.Null, (await ReadAsync(invoice)).GetProperty("paidAt").ValueKind);
        await LineAsync(invoice, "Late fee", 1, 5m);
        Assert.Equal(("PARTIAL", 126.99m, 134.09m, 34.09m), Money(await ReadAsync(invoice)));
    }

    [Fact]
    public async Task Of_concurrent_payments_none_pays_more_than_the_total()
    {
        var invoice = await InvoiceAsync();
        await LineAsync(invoice, "Ensemble coaching", 4, 25m);
        Assert.Null(Error(await MoveAsync(invoice, "SENT")));
        var payments = new List<string>();
        for (var i = 0; i < 6; i++)
            payments.Add(await PaymentAsync(invoice, 40m));

        var results = await Task.WhenAll(payments.Select(p => PayAsync(p, "PAID")));

        Assert.Equal(2, results.Count(r => Error(r) is null));
        var refused = results.Where(r => Error(r) is not null).ToList();
        Assert.Equal(4, refused.Count);
        Assert.All(refused, r => Assert.Equal("ValidationError", Error(r)));
        Assert.All(refused, r => Assert.Matches(@"would total 100\.00 with 120\.00 paid", Message(r)));
        Assert.Equal(("PARTIAL", 100m, 100m, 20m), Money(await ReadAsync(invoice)));
        await using var db = graph.CreateContext();
        Assert.Equal(4, await db.Set<Persistence.Programs.Payment>().CountAsync(p => p.InvoiceId == invoice && p.Status == Persistence.Programs.PaymentStatus.Pending));
    }

    [Fact]
    public async Task A_draft_takes_no_payment_an_empty_invoice_is_not_sent_and_money_keeps_an_invoice_from_cancelling()
    {
        var invoice = await InvoiceAsync();
        var empty = await MoveAsync(invoice, "SENT");
        Assert.Equal(("ValidationError", "status"), (Error(empty), Field(empty)));
        Assert.Equal("An invoice without lines is not sent.", Message(empty));

        await LineAsync(invoice, "Guitar lesson", 1, 60m);
        var draftPayment = await CreatePaymentPayloadAsync(invoice, 10m);
        Assert.Equal(("ValidationError", "invoiceId"), (Error(draftPayment), Field(draftPayment)));

        Assert.Null(Error(await MoveAsync(invoice, "SENT")));
        Assert.Null(Error(await PayAsync(await PaymentAsync(invoice, 10m), "PAID")));
        Assert.Equal("InvalidStatusTransitionError", Error(await MoveAsync(invoice, "CANCELLED")));
        Assert.Equal("PARTIAL", (await ReadAsync(invoice)).GetProperty("status").GetString());
        // PARTIAL and PAID are the database's to set, not a caller's.
        Assert.Equal("InvalidStatusTransitionError", Error(await MoveAsync(invoice, "PAID")));

        // An overdue invoice may be cancelled, but not with money on it: the database refuses.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var late = await InvoiceAsync(issueDate: today.AddDays(-20), dueDate: today.AddDays(-5));
        await LineAsync(late, "Bass lesson", 1, 50m);
        Assert.Equal("OVERDUE", (await MoveAsync(late, "SENT")).GetProperty("invoice").GetProperty("status").GetString());
        var payment = await PaymentAsync(late, 10m);
        Assert.Null(Error(await PayAsync(payment, "PAID")));
        var cancel = await MoveAsync(late, "CANCELLED");
        Assert.Equal(("ValidationError", "status"), (Error(cancel), Field(cancel)));
        Assert.Contains("refund its payments before cancelling it", Message(cancel));
        Assert.Null(Error(await PayAsync(payment, "REFUNDED")));
        Assert.Equal("CANCELLED", (await MoveAsync(late, "CANCELLED")).GetProperty("invoice").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Past_its_due_date_an_unpaid_invoice_is_overdue_and_the_overdue_job_moves_it_as_days_pass()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var late = await InvoiceAsync(issueDate: today.AddDays(-40), dueDate: today.AddDays(-10));
        await LineAsync(late, "Drum lessons", 2, 30m);
        var sent = (await MoveAsync(late, "SENT")).GetProperty("invoice");
        Assert.Equal(("OVERDUE", true), (sent.GetProperty("status").GetString(), sent.GetProperty("isOverdue").GetBoolean()));
        // Something paid does not make it less overdue; everything paid makes it PAID.
        Assert.Null(Error(await PayAsync(await PaymentAsync(late, 20m), "PAID")));
        Assert.Equal("OVERDUE", (await ReadAsync(late)).GetProperty("status").GetString());
        Assert.Null(Error(await PayAsync(await PaymentAsync(late, 40m), "PAID")));
        Assert.Equal(("PAID", false), ((await ReadAsync(late)).GetProperty("status").GetString(), (await ReadAsync(late)).GetProperty("isOverdue").GetBoolean()));

        var soon = await InvoiceAsync(dueDate: today.AddDays(3));
        await LineAsync(soon, "Voice lessons", 1, 45m);
        Assert.Null(Error(await MoveAsync(soon, "SENT")));
        var job = new OverdueJob(graph.Services.GetRequiredService<IDbContextFactory<GraphDbContext>>(), graph.Services.GetRequiredService<IEventOutbox>(),
            new FixedClock(DateTimeOffset.UtcNow.AddDays(5)));
        Assert.True(await job.RunOnceAsync(batchSize: 50, CancellationToken.None) >= 1);
        var marked = await ReadAsync(soon);
        Assert.Equal(("OVERDUE", true), (marked.GetProperty("status").GetString(), marked.GetProperty("isOverdue").GetBoolean()));
        var events = await graph.OutboxPayloadsAsync(StatusChange.Topic("invoiceStatusChanged", soon), soon);
        Assert.Contains(events, e => e.GetProperty("previousStatus").GetString() == "SENT" && e.GetProperty("status").GetString() == "OVERDUE");
    }

    [Fact]
    public async Task An_invoice_and_its_payments_are_read_by_its_payer_only()
    {
        var invoice = await InvoiceAsync();
        await LineAsync(invoice, "Cello lessons", 1, 80m);
        Assert.Null(Error(await MoveAsync(invoice, "SENT")));
        var payment = await PaymentAsync(invoice, 30m);
        Assert.Null(Error(await PayAsync(payment, "PAID")));

        var parent = await graph.RunAsAsync(Callers.As(Role.Parent), """
            query($id: ID!) { node(id: $id) { ... on Invoice { total lineItems { nodes { description } } payments { nodes { amount } } } } }
            """, Vars(new { id = Id(invoice) }));
        Assert.Equal(80m, parent.GetProperty("node").GetProperty("total").GetDecimal());
        Assert.Equal("Cello lessons", parent.GetProperty("node").GetProperty("lineItems").GetProperty("nodes")[0].GetProperty("description").GetString());
        Assert.Equal(30m, parent.GetProperty("node").GetProperty("payments").GetProperty("nodes")[0].GetProperty("amount").GetDecimal());

        foreach (var role in new[] { Role.Student, Role.Teacher })
        {
            var other = await graph.RunAsAsync(Callers.As(role), "query($id: ID!) { node(id: $id) { id } invoices(first: 50) { totalCount } }", Vars(new { id = Id(invoice) }));
            Assert.Equal(JsonValueKind.Null, other.GetProperty("node").ValueKind);
            Assert.Equal(0, other.GetProperty("invoices").GetProperty("totalCount").GetInt32());
        }

        var write = await graph.ExecuteAsAsync(Callers.As(Role.Parent), "mutation($id: ID!) { updateInvoice(input: { id: $id, tax: 0 }) { errors { message } } }", Vars(new { id = Id(invoice) }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", write.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_invoice_bills_a_family_or_a_band_and_numbers_itself()
    {
        var both = (await graph.RunAsync("""
            mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { __typename ... on ValidationError { field } } } }
            """, Vars(new
        {
            input = new
            {
                studioId = NodeId.Format("Studio", DemoIds.For("studio/main")),
                familyId = NodeId.Format("Family", DemoIds.For("family/okafor")),
                bandId = NodeId.Format("Band", DemoIds.For("band/thursday-combo")),
            },
        }))).GetProperty("createInvoice");
        Assert.Equal("ValidationError", Error(both));

        var first = await ReadAsync(await InvoiceAsync());
        var second = await ReadAsync(await InvoiceAsync(band: true));
        Assert.Matches("^INV-[0-9]{6}$", first.GetProperty("invoiceNumber").GetString());
        Assert.NotEqual(first.GetProperty("invoiceNumber").GetString(), second.GetProperty("invoiceNumber").GetString());
    }

    [Fact]
    public async Task The_demo_invoices_are_in_every_status_the_database_gave_them()
    {
        var keys = new[] { "draft", "sent", "partial", "paid", "overdue", "cancelled" };
        var data = await graph.RunAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { status total amountPaid balanceDue } } }
            """, Vars(new { ids = keys.Select(k => NodeId.Format("Invoice", DemoIds.For("invoice/" + k))) }));
        var invoices = data.GetProperty("nodes").EnumerateArray().Select(n => (
            n.GetProperty("status").GetString(), n.GetProperty("total").GetDecimal(), n.GetProperty("amountPaid").GetDecimal(), n.GetProperty("balanceDue").GetDecimal()));
        Assert.Equal([
            ("DRAFT", 220m, 0m, 220m), ("SENT", 80m, 0m, 80m), ("PARTIAL", 128.40m, 50m, 78.40m),
            ("PAID", 120m, 120m, 0m), ("OVERDUE", 75m, 0m, 75m), ("CANCELLED", 60m, 0m, 60m),
        ], invoices);
    }

    private async Task<Guid> InvoiceAsync(decimal tax = 0m, DateOnly? issueDate = null, DateOnly? dueDate = null, bool band = false)
    {
        var input = new Dictionary<string, object?>
        {
            ["studioId"] = NodeId.Format("Studio", DemoIds.For("studio/main")),
            [band ? "bandId" : "familyId"] = band ? NodeId.Format("Band", DemoIds.For("band/thursday-combo")) : NodeId.Format("Family", DemoIds.For("family/okafor")),
            ["tax"] = tax,
        };
        if (issueDate is { } issued)
            input["issueDate"] = issued.ToString("yyyy-MM-dd");
        if (dueDate is { } due)
            input["dueDate"] = due.ToString("yyyy-MM-dd");
        var data = await graph.RunAsync("""
            mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id status } errors { message } } }
            """, Vars(new { input }));
        var invoice = data.GetProperty("createInvoice").GetProperty("invoice");
        Assert.Equal("DRAFT", invoice.GetProperty("status").GetString());
        Assert.True(NodeKeys.TryParse(invoice.GetProperty("id").GetString(), "Invoice", out var key));
        return key;
    }

    private async Task<JsonElement> LineAsync(Guid invoice, string description, int quantity, decimal unitPrice)
    {
        var payload = (await graph.RunAsync(AddLine, Vars(new { input = new { invoiceId = Id(invoice), description, quantity, unitPrice } })))
            .GetProperty("createInvoiceLineItem");
        Assert.Null(Error(payload));
        return payload.GetProperty("invoiceLineItem");
    }

    private async Task<JsonElement> CreatePaymentPayloadAsync(Guid invoice, decimal amount) =>
        (await graph.RunAsync("""
            mutation($input: CreatePaymentInput!) { createPayment(input: $input) { payment { id } errors { __typename message ... on ValidationError { field } } } }
            """, Vars(new { input = new { invoiceId = Id(invoice), amount, method = "CASH" } }))).GetProperty("createPayment");

    private async Task<string> PaymentAsync(Guid invoice, decimal amount)
    {
        var payload = await CreatePaymentPayloadAsync(invoice, amount);
        Assert.Null(Error(payload));
        return payload.GetProperty("payment").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PayAsync(string payment, string status) =>
        (await graph.RunAsync(Pay, Vars(new { id = payment, status }))).GetProperty("updatePaymentStatus");

    private async Task<JsonElement> MoveAsync(Guid invoice, string status) =>
        (await graph.RunAsync(Send, Vars(new { id = Id(invoice), status }))).GetProperty("updateInvoiceStatus");

    private async Task<JsonElement> ReadAsync(Guid invoice) =>
        (await graph.RunAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Invoice {{ {Amounts} }} }} }}", Vars(new { id = Id(invoice) }))).GetProperty("node");

    private static (string?, decimal, decimal, decimal) Money(JsonElement invoice) => (
        invoice.GetProperty("status").GetString(), invoice.GetProperty("subtotal").GetDecimal(),
        invoice.GetProperty("total").GetDecimal(), invoice.GetProperty("balanceDue").GetDecimal());

    private static string Id(Guid invoice) => NodeId.Format("Invoice", invoice);

    private static string? Error(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();

    private static string? Field(JsonElement payload) => payload.GetProperty("errors")[0].GetProperty("field").GetString();

    private static string Message(JsonElement payload) => payload.GetProperty("errors")[0].GetProperty("message").GetString()!;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
