using System.Text.Json;
using Graph.Schema.Relay;
using Graph.Schema.Tests.StatusChanges;
using Npgsql;

namespace Graph.Schema.Tests.Workflows;

[Collection(StatusMutationCollection.Name)]
public sealed class ConvertLeadTests(StatusMutationFixture fixture)
{
    private const string Convert = """
        mutation($input: ConvertLeadInput!) {
          convertLead(input: $input) {
            lead { id status convertedAt convertedStudent { id } }
            student { id firstName lastName }
            enrollment { id planType contractValue startDate installments(first: 50) { nodes { amount dueDate status } } }
            errors { __typename message ... on ValidationError { field } ... on InvalidStatusTransitionError { from to } }
          }
        }
        """;

    [Fact]
    public async Task A_pif_conversion_makes_one_installment_of_the_whole_value_due_at_the_start()
    {
        var lead = await NewLeadAsync();

        var payload = await ConvertAsync(lead, "PIF", 1499.99m, null, "2026-03-15");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("CONVERTED", payload.GetProperty("lead").GetProperty("status").GetString());
        var studentId = payload.GetProperty("student").GetProperty("id").GetString();
        Assert.Equal(studentId, payload.GetProperty("lead").GetProperty("convertedStudent").GetProperty("id").GetString());
        var installment = Assert.Single(payload.GetProperty("enrollment").GetProperty("installments").GetProperty("nodes").EnumerateArray());
        Assert.Equal(1499.99m, installment.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-03-15", installment.GetProperty("dueDate").GetString());
        Assert.Equal("PENDING", installment.GetProperty("status").GetString());
        Assert.Equal(lead, await ScalarAsync("SELECT converted_from_lead_id FROM students WHERE id = (SELECT converted_student_id FROM leads WHERE id = $1)", lead));
        var change = Assert.Single(await fixture.OutboxPayloadsAsync("leadStatusChanged:" + lead.ToString("D")));
        Assert.Equal("QUALIFIED", change.GetProperty("previousStatus").GetString());
        Assert.Equal("CONVERTED", change.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(1000, 3, new[] { "333.33", "333.33", "333.34" })]
    [InlineData(100, 6, new[] { "16.66", "16.66", "16.66", "16.66", "16.66", "16.70" })]
    [InlineData(0.05, 2, new[] { "0.02", "0.03" })]
    [InlineData(2400, 4, new[] { "600", "600", "600", "600" })]
    public async Task A_split_conversion_makes_monthly_installments_summing_to_the_cent(decimal value, int count, string[] amounts)
    {
        var lead = await NewLeadAsync();

        var payload = await ConvertAsync(lead, "SPLIT", value, count, "2026-01-31");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var enrollmentKey = Key(payload.GetProperty("enrollment"));
        var rows = await RowsAsync("SELECT amount::text, due_date::text FROM installments WHERE enrollment_id = $1 ORDER BY due_date", enrollmentKey);
        Assert.Equal(amounts.Select(decimal.Parse), rows.Select(r => decimal.Parse(r[0])));
        Assert.Equal(value, rows.Sum(r => decimal.Parse(r[0])));
        // Monthly from the start; a month without the 31st falls due on its last day.
        Assert.Equal(new[] { "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30" }.Take(count), rows.Take(4).Select(r => r[1]));
    }

    [Fact]
    public async Task A_lead_converts_once()
    {
        var lead = await NewLeadAsync();
        await ConvertAsync(lead, "PIF", 500m, null, "2026-02-01");

        var second = await ConvertAsync(lead, "PIF", 500m, null, "2026-02-01");

        var error = Assert.Single(second.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidStatusTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal("CONVERTED", error.GetProperty("from").GetString());
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM students WHERE converted_from_lead_id = $1", lead));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM enrollments e JOIN students s ON s.id = e.student_id WHERE s.converted_from_lead_id = $1", lead));
    }

    [Fact]
    public async Task Concurrent_conversions_of_one_lead_make_one_student_one_enrollment_and_one_schedule()
    {
        var lead = await NewLeadAsync();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => ConvertAsync(lead, "SPLIT", 900m, 3, "2026-04-01")));

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p =>
            Assert.Equal("InvalidStatusTransitionError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM students WHERE converted_from_lead_id = $1", lead));
        Assert.Equal(3L, await ScalarAsync(
            "SELECT count(*) FROM installments i JOIN enrollments e ON e.id = i.enrollment_id JOIN students s ON s.id = e.student_id WHERE s.converted_from_lead_id = $1", lead));
        Assert.Single(await fixture.OutboxPayloadsAsync("leadStatusChanged:" + lead.ToString("D")));
    }

    [Fact]
    public async Task A_conversion_failing_while_it_writes_leaves_nothing_behind()
    {
        var lead = await NewLeadAsync();
        await ExecuteAsync("""
            CREATE FUNCTION refuse_test_amount() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.amount = 777.77 THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_test_amount BEFORE INSERT ON installments FOR EACH ROW EXECUTE FUNCTION refuse_test_amount();
            """);
        try
        {
            var response = await fixture.RunAsync(Convert, Variables(lead, "PIF", 777.77m, null, "2026-05-01"), "ADMIN");

            Assert.True(response.TryGetProperty("errors", out _));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER refuse_test_amount ON installments; DROP FUNCTION refuse_test_amount();");
        }

        Assert.Equal("QUALIFIED", await ScalarAsync("SELECT status FROM leads WHERE id = $1", lead));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM students WHERE converted_from_lead_id = $1", lead));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM enrollments WHERE contract_value = 777.77"));
        Assert.Empty(await fixture.OutboxPayloadsAsync("leadStatusChanged:" + lead.ToString("D")));
    }

    [Theory]
    [InlineData("SPLIT", 1000, 1, "installmentCount")]
    [InlineData("SPLIT", 1000, null, "installmentCount")]
    [InlineData("PIF", 1000, 3, "installmentCount")]
    [InlineData("PIF", 0, null, "contractValue")]
    [InlineData("PIF", 10.001, null, "contractValue")]
    [InlineData("SPLIT", 0.01, 2, "installmentCount")]
    public async Task A_bad_plan_is_refused_and_writes_nothing(string plan, decimal value, int? count, string field)
    {
        var lead = await NewLeadAsync();

        var payload = await ConvertAsync(lead, plan, value, count, "2026-02-01");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal("QUALIFIED", await ScalarAsync("SELECT status FROM leads WHERE id = $1", lead));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM students WHERE converted_from_lead_id = $1", lead));
    }

    [Fact]
    public async Task A_new_lead_is_not_ready_to_convert()
    {
        var lead = await NewLeadAsync("NEW");

        var payload = await ConvertAsync(lead, "PIF", 100m, null, "2026-02-01");

        Assert.Equal("InvalidStatusTransitionError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NEW", await ScalarAsync("SELECT status FROM leads WHERE id = $1", lead));
    }

    [Fact]
    public async Task The_subject_of_a_therapy_lead_becomes_the_student()
    {
        var lead = await NewLeadAsync(subject: "Lily Novak");

        var payload = await ConvertAsync(lead, "PIF", 100m, null, "2026-02-01");

        Assert.Equal("Lily", payload.GetProperty("student").GetProperty("firstName").GetString());
        Assert.Equal("Novak", payload.GetProperty("student").GetProperty("lastName").GetString());
        Assert.Equal("Test Parent", await ScalarAsync("SELECT emergency_contact_name FROM students WHERE converted_from_lead_id = $1", lead));
    }

    [Theory]
    [InlineData("MARKETING")]
    [InlineData("STUDENT")]
    public async Task Only_admins_and_sales_convert(string role)
    {
        var lead = await NewLeadAsync();

        var response = await fixture.RunAsync(Convert, Variables(lead, "PIF", 100m, null, "2026-02-01"), role);

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("QUALIFIED", await ScalarAsync("SELECT status FROM leads WHERE id = $1", lead));
    }

    private async Task<JsonElement> ConvertAsync(Guid lead, string plan, decimal value, int? count, string start)
    {
        // ADMIN reads the money of every deal (SALES only of the deals they closed or set).
        var response = await fixture.RunAsync(Convert, Variables(lead, plan, value, count, start), "ADMIN");
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data").GetProperty("convertLead");
    }

    private object Variables(Guid lead, string plan, decimal value, int? count, string start) => new
    {
        input = new
        {
            leadId = NodeId.Format("Lead", lead),
            programId = NodeId.Format("Program", ProgramKey),
            planType = plan,
            contractValue = value,
            installmentCount = count,
            startDate = start,
        },
    };

    private Guid ProgramKey => (Guid)ScalarAsync("SELECT id FROM programs WHERE is_active ORDER BY id LIMIT 1").GetAwaiter().GetResult()!;

    private static Guid Key(JsonElement node) =>
        NodeKeys.TryParse(node.GetProperty("id").GetString(), "Enrollment", out var key) ? key : throw new InvalidOperationException("Not an enrollment ID.");

    private async Task<Guid> NewLeadAsync(string status = "QUALIFIED", string? subject = null) =>
        (Guid)(await ScalarAsync(
            "INSERT INTO leads (first_name, last_name, email, status, subject_name) VALUES ('Test', 'Parent', 'parent@example.test', $1, $2) RETURNING id",
            status, subject))!;

    private async Task<object?> ScalarAsync(string sql, params object?[] values)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return await command.ExecuteScalarAsync();
    }

    private async Task<List<string[]>> RowsAsync(string sql, Guid key)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
