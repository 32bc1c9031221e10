using System.Text.Json;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.StatusChanges;
using Npgsql;

namespace Graph.Schema.Tests.Workflows;

/// <summary>
/// <c>createEnrollment</c> makes the enrollment with its installment schedule, as <c>convertLead</c> does (one code
/// path): PIF one installment of the value due at the start, SPLIT monthly installments summing to the cent; a refused
/// input writes nothing; the plan and value the schedule follows are not changed by <c>updateEnrollment</c>.
/// </summary>
[Collection(StatusMutationCollection.Name)]
public sealed class CreateEnrollmentTests(StatusMutationFixture fixture)
{
    private const string Create = """
        mutation($input: CreateEnrollmentInput!) {
          createEnrollment(input: $input) {
            enrollment { id planType contractValue startDate endDate status installments(first: 50, order: [{ dueDate: ASC }]) { nodes { amount dueDate status } } }
            errors { __typename message ... on ValidationError { field } }
          }
        }
        """;

    private static readonly Guid Student = DemoIds.For("student/ethan");

    [Fact]
    public async Task A_split_enrollment_gets_monthly_installments_summing_to_the_cent()
    {
        var payload = await CreateAsync("SPLIT", 1000m, 3, "2026-01-31");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var enrollment = payload.GetProperty("enrollment");
        Assert.Equal("SPLIT", enrollment.GetProperty("planType").GetString());
        Assert.Equal("ACTIVE", enrollment.GetProperty("status").GetString());
        var installments = enrollment.GetProperty("installments").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(new[] { 333.33m, 333.33m, 333.34m }, installments.Select(i => i.GetProperty("amount").GetDecimal()));
        Assert.Equal(new[] { "2026-01-31", "2026-02-28", "2026-03-31" }, installments.Select(i => i.GetProperty("dueDate").GetString()));
        Assert.All(installments, i => Assert.Equal("PENDING", i.GetProperty("status").GetString()));
        var key = Key(enrollment);
        Assert.Equal(1000m, await ScalarAsync("SELECT sum(amount) FROM installments WHERE enrollment_id = $1", key));
        // Each new node is announced with the write.
        Assert.Single(await fixture.OutboxPayloadsAsync("nodeChanged:Enrollment"), p => p.GetProperty("id").GetGuid() == key);
        var installmentKeys = await ColumnAsync("SELECT id FROM installments WHERE enrollment_id = $1", key);
        Assert.Equal(3, (await fixture.OutboxPayloadsAsync("nodeChanged:Installment")).Count(p => installmentKeys.Contains(p.GetProperty("id").GetGuid())));
    }

    [Fact]
    public async Task A_pif_enrollment_gets_one_installment_of_the_value_due_at_the_start()
    {
        var payload = await CreateAsync("PIF", 960m, null, "2026-06-01");

        var enrollment = payload.GetProperty("enrollment");
        var installment = Assert.Single(enrollment.GetProperty("installments").GetProperty("nodes").EnumerateArray());
        Assert.Equal(960m, installment.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-06-01", installment.GetProperty("dueDate").GetString());
        // The end date follows the program's weeks when left out.
        Assert.NotEqual(JsonValueKind.Null, enrollment.GetProperty("endDate").ValueKind);
    }

    [Theory]
    [InlineData("SPLIT", 1000, null, "installmentCount")]
    [InlineData("SPLIT", 1000, 1, "installmentCount")]
    [InlineData("PIF", 1000, 3, "installmentCount")]
    [InlineData("PIF", 0, null, "contractValue")]
    [InlineData("SPLIT", 10.005, 2, "contractValue")]
    public async Task A_refused_enrollment_writes_nothing(string plan, decimal value, int? count, string field)
    {
        var before = await ScalarAsync("SELECT count(*) FROM enrollments WHERE student_id = $1", Student);

        var payload = await CreateAsync(plan, value, count, "2026-02-01");

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("enrollment").ValueKind);
        Assert.Equal(before, await ScalarAsync("SELECT count(*) FROM enrollments WHERE student_id = $1", Student));
    }

    [Fact]
    public async Task An_unknown_student_is_a_validation_error()
    {
        var response = await fixture.RunAsync(Create, Variables(NodeId.Format("Student", Guid.CreateVersion7()), "PIF", 100m, null, "2026-02-01"), "ADMIN");

        Assert.Equal("studentId", response.GetProperty("data").GetProperty("createEnrollment").GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("MARKETING")]
    [InlineData("TEACHER")]
    public async Task Only_admins_and_sales_enroll(string role)
    {
        var before = await ScalarAsync("SELECT count(*) FROM enrollments");

        var response = await fixture.RunAsync(Create, Variables(NodeId.Format("Student", Student), "PIF", 100m, null, "2026-02-01"), role);

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await ScalarAsync("SELECT count(*) FROM enrollments"));
    }

    [Fact]
    public async Task Sales_who_are_no_team_member_enroll_nobody()
    {
        // SALES enroll the deals they close or set (SalesWriteTests: the demo SALES login does); this caller is no
        // team member, so no deal can be theirs.
        var before = await ScalarAsync("SELECT count(*) FROM enrollments");
        var response = await fixture.RunAsync(
            "mutation($input: CreateEnrollmentInput!) { createEnrollment(input: $input) { enrollment { id } errors { __typename ... on ValidationError { field } } } }",
            Variables(NodeId.Format("Student", Student), "SPLIT", 300m, 2, "2026-02-01"),
            "SALES");

        var error = response.GetProperty("data").GetProperty("createEnrollment").GetProperty("errors")[0];
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("closerId", error.GetProperty("field").GetString());
        Assert.Equal(before, await ScalarAsync("SELECT count(*) FROM enrollments"));
    }

    [Theory]
    [InlineData("contractValue: 1")]
    [InlineData("planType: SPLIT")]
    public async Task The_plan_and_value_a_schedule_follows_are_not_updated(string change)
    {
        var response = await fixture.RunAsync(
            $"mutation {{ updateEnrollment(input: {{ id: \"{NodeId.Format("Enrollment", DemoIds.For("enrollment/sam-speech"))}\", {change} }}) {{ errors {{ __typename }} }} }}", null, "ADMIN");

        var error = response.GetProperty("errors")[0];
        Assert.Contains(change.Split(':')[0], error.GetProperty("message").GetString());
        Assert.False(response.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, response.GetRawText());
    }

    private async Task<JsonElement> CreateAsync(string plan, decimal value, int? count, string start)
    {
        var response = await fixture.RunAsync(Create, Variables(NodeId.Format("Student", Student), plan, value, count, start), "ADMIN");
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data").GetProperty("createEnrollment");
    }

    private object Variables(string student, string plan, decimal value, int? count, string start) => new
    {
        input = new
        {
            studentId = student,
            programId = NodeId.Format("Program", ProgramKey),
            planType = plan,
            contractValue = value,
            installmentCount = count,
            startDate = start,
        },
    };

    private Guid ProgramKey => (Guid)ScalarAsync("SELECT id FROM programs WHERE is_active AND duration_weeks IS NOT NULL ORDER BY id LIMIT 1").GetAwaiter().GetResult()!;

    private static Guid Key(JsonElement node) =>
        NodeKeys.TryParse(node.GetProperty("id").GetString(), "Enrollment", out var key) ? key : throw new InvalidOperationException("Not an enrollment ID.");

    private async Task<List<Guid>> ColumnAsync(string sql, Guid value)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<Guid>();
        while (await reader.ReadAsync())
            keys.Add(reader.GetGuid(0));
        return keys;
    }

    private async Task<object?> ScalarAsync(string sql, params object?[] values)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return await command.ExecuteScalarAsync();
    }
}
