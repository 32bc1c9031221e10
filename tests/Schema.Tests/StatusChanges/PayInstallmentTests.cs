using System.Text.Json;
using Graph.Schema.Relay;
using Npgsql;

namespace Graph.Schema.Tests.StatusChanges;

[Collection(StatusMutationCollection.Name)]
public sealed class PayInstallmentTests(StatusMutationFixture fixture)
{
    private const string Pay = """
        mutation($id: ID!, $amount: Decimal!) {
          payInstallment(input: { installmentId: $id, amount: $amount }) {
            installment { id status amount amountPaid }
            payment { amount status installment { id } }
            errors { __typename message ... on InvalidAmountError { amount remaining } ... on InvalidStatusTransitionError { from to } }
          }
        }
        """;

    [Fact]
    public async Task A_partial_payment_is_recorded_without_a_status_change()
    {
        var key = await PrepareAsync("PENDING", amount: 100m, paid: 0m);

        var payload = await PayAsync(key, 40m);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("PENDING", payload.GetProperty("installment").GetProperty("status").GetString());
        Assert.Equal(40m, payload.GetProperty("installment").GetProperty("amountPaid").GetDecimal());
        Assert.Equal(40m, payload.GetProperty("payment").GetProperty("amount").GetDecimal());
        Assert.Equal("PAID", payload.GetProperty("payment").GetProperty("status").GetString());
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM payments WHERE installment_id = $1", key));
        Assert.Empty(await fixture.OutboxPayloadsAsync(Topic(key)));
    }

    [Fact]
    public async Task Paying_the_rest_makes_it_paid_and_announces_it()
    {
        var key = await PrepareAsync("OVERDUE", amount: 100m, paid: 60m);

        var payload = await PayAsync(key, 40m);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("PAID", payload.GetProperty("installment").GetProperty("status").GetString());
        Assert.Equal(100m, payload.GetProperty("installment").GetProperty("amountPaid").GetDecimal());
        Assert.Equal("PAID", await ScalarAsync("SELECT status FROM installments WHERE id = $1", key));
        Assert.Equal(true, await ScalarAsync("SELECT paid_at IS NOT NULL FROM installments WHERE id = $1", key));
        var change = Assert.Single(await fixture.OutboxPayloadsAsync(Topic(key)));
        Assert.Equal("OVERDUE", change.GetProperty("previousStatus").GetString());
        Assert.Equal("PAID", change.GetProperty("status").GetString());
        Assert.Single(fixture.Published.For(Topic(key)));
    }

    [Theory]
    [InlineData(40.01, 40)]
    [InlineData(0, 40)]
    [InlineData(-5, 40)]
    public async Task Overpaying_or_a_non_positive_amount_is_refused(decimal amount, decimal remaining)
    {
        var key = await PrepareAsync("PENDING", amount: 100m, paid: 60m);

        var payload = await PayAsync(key, amount);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidAmountError", error.GetProperty("__typename").GetString());
        Assert.Equal(amount, error.GetProperty("amount").GetDecimal());
        Assert.Equal(amount > 0 ? remaining : 0m, error.GetProperty("remaining").GetDecimal());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("installment").ValueKind);
        Assert.Equal(60m, await ScalarAsync("SELECT amount_paid FROM installments WHERE id = $1", key));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM payments WHERE installment_id = $1", key));
    }

    [Fact]
    public async Task A_paid_installment_takes_no_more_payments()
    {
        var key = await PrepareAsync("PAID", amount: 100m, paid: 100m);

        var payload = await PayAsync(key, 1m);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidStatusTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal("PAID", error.GetProperty("from").GetString());
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM payments WHERE installment_id = $1", key));
    }

    [Theory]
    [InlineData("MARKETING")]
    [InlineData("CUSTOMER")]
    public async Task Only_admins_sales_and_students_may_pay(string role)
    {
        var key = await PrepareAsync("PENDING", amount: 100m, paid: 0m);

        var response = await fixture.RunAsync(Pay, new { id = NodeId.Format("Installment", key), amount = 10m }, role);

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0m, await ScalarAsync("SELECT amount_paid FROM installments WHERE id = $1", key));
    }

    [Fact]
    public async Task An_unknown_installment_is_not_found()
    {
        var response = await fixture.RunAsync(Pay, new { id = NodeId.Format("Installment", Guid.CreateVersion7()), amount = 10m }, "ADMIN");

        var error = Assert.Single(response.GetProperty("data").GetProperty("payInstallment").GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
    }

    private static string Topic(Guid key) => "installmentStatusChanged:" + key.ToString("D");

    // ADMIN reads the money of every deal (SALES only of their own).
    private async Task<JsonElement> PayAsync(Guid key, decimal amount, string role = "ADMIN")
    {
        var response = await fixture.RunAsync(Pay, new { id = NodeId.Format("Installment", key), amount }, role);
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data").GetProperty("payInstallment");
    }

    /// <summary>The first installment, reset: the given status and amounts, no payments.</summary>
    private async Task<Guid> PrepareAsync(string status, decimal amount, decimal paid)
    {
        await using var command = fixture.DataSource.CreateCommand("""
            WITH i AS (SELECT id FROM installments ORDER BY id LIMIT 1),
                 d AS (DELETE FROM payments WHERE installment_id = (SELECT id FROM i))
            UPDATE installments SET status = $1, amount = $2, amount_paid = $3, paid_at = NULL WHERE id = (SELECT id FROM i) RETURNING id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = status });
        command.Parameters.Add(new NpgsqlParameter { Value = amount });
        command.Parameters.Add(new NpgsqlParameter { Value = paid });
        var key = (Guid)(await command.ExecuteScalarAsync())!;
        await using var clear = fixture.DataSource.CreateCommand("DELETE FROM event_outbox WHERE topic = $1");
        clear.Parameters.Add(new NpgsqlParameter { Value = Topic(key) });
        await clear.ExecuteNonQueryAsync();
        return key;
    }

    private async Task<object?> ScalarAsync(string sql, Guid key)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync();
    }
}
