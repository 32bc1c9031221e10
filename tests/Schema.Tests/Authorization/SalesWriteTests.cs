using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Npgsql;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// SALES write their own sales calls, KPIs and deals only (issue 19, access): a daily metric of their own team member, a
/// call they host or set, an enrollment (and its installments) they closed or set; another member's is refused and
/// writes nothing, and an update cannot hand a row to someone else.
/// The SALES demo account is Sofia's login; Diego has none.
/// </summary>
public sealed class SalesWriteTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly string Sofia = NodeId.Format("TeamMember", DemoIds.For("team/sofia"));
    private static readonly string Diego = NodeId.Format("TeamMember", DemoIds.For("team/diego"));

    private const string CreateMetric = """
        mutation($input: CreateDailyMetricInput!) { createDailyMetric(input: $input) { dailyMetric { id cash } errors { __typename } } }
        """;

    private const string CreateCall = """
        mutation($input: CreateSalesCallInput!) { createSalesCall(input: $input) { salesCall { id } errors { __typename } } }
        """;

    [Fact]
    public async Task Sales_record_their_own_days()
    {
        var data = await graph.RunAsAsync(Callers.As(Role.Sales), CreateMetric, Input(new() { ["teamMemberId"] = Sofia, ["date"] = "2031-01-01", ["calls"] = 9, ["cash"] = 1200m }));

        var created = data.GetProperty("createDailyMetric");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("errors").ValueKind);
        Assert.Equal(1200m, created.GetProperty("dailyMetric").GetProperty("cash").GetDecimal());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM daily_metrics WHERE date = '2031-01-01'"));
    }

    [Fact]
    public async Task Sales_may_not_record_another_members_day()
    {
        var response = await graph.ExecuteAsAsync(Callers.As(Role.Sales), CreateMetric, Input(new() { ["teamMemberId"] = Diego, ["date"] = "2031-02-01", ["calls"] = 9 }));

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM daily_metrics WHERE date = '2031-02-01'"));
        // ADMIN may.
        var admin = await graph.RunAsync(CreateMetric, Input(new() { ["teamMemberId"] = Diego, ["date"] = "2031-02-01", ["calls"] = 9 }));
        Assert.Equal(JsonValueKind.Null, admin.GetProperty("createDailyMetric").GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task Sales_cannot_hand_their_day_to_another_member()
    {
        var own = NodeId.Format("DailyMetric", DemoIds.For($"daily-metric/{DemoIds.For("team/sofia")}/3"));

        var response = await graph.ExecuteAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateDailyMetric(input: {{ id: \"{own}\", teamMemberId: \"{Diego}\", date: \"2031-05-05\" }}) {{ errors {{ __typename }} }} }}");
        var correction = await graph.RunAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateDailyMetric(input: {{ id: \"{own}\", calls: 99 }}) {{ dailyMetric {{ calls }} errors {{ __typename }} }} }}");

        Assert.True(response.TryGetProperty("errors", out var errors), response.GetRawText());
        Assert.Equal("AUTH_NOT_AUTHORIZED", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(DemoIds.For("team/sofia"), await ScalarAsync("SELECT team_member_id FROM daily_metrics WHERE id = $1", DemoIds.For($"daily-metric/{DemoIds.For("team/sofia")}/3")));
        Assert.Equal(99, correction.GetProperty("updateDailyMetric").GetProperty("dailyMetric").GetProperty("calls").GetInt32());
    }

    [Fact]
    public async Task Sales_log_the_calls_they_host_or_set_only()
    {
        var hosted = await graph.RunAsAsync(Callers.As(Role.Sales), CreateCall, Input(new() { ["hostId"] = Sofia, ["scheduledAt"] = "2031-03-01T10:00:00Z" }));
        var set = await graph.RunAsAsync(Callers.As(Role.Sales), CreateCall, Input(new() { ["hostId"] = Diego, ["setterId"] = Sofia, ["scheduledAt"] = "2031-03-02T10:00:00Z" }));
        var others = await graph.ExecuteAsAsync(Callers.As(Role.Sales), CreateCall, Input(new() { ["hostId"] = Diego, ["scheduledAt"] = "2031-03-03T10:00:00Z" }));

        Assert.Equal(JsonValueKind.Null, hosted.GetProperty("createSalesCall").GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.Null, set.GetProperty("createSalesCall").GetProperty("errors").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", others.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM sales_calls WHERE scheduled_at = '2031-03-03T10:00:00Z'"));
    }

    private const string CreateEnrollment = """
        mutation($input: CreateEnrollmentInput!) {
          createEnrollment(input: $input) { enrollment { id closer { id } setter { id } } errors { __typename ... on ValidationError { field } } }
        }
        """;

    [Fact]
    public async Task Sales_enroll_the_deals_they_close_or_set_only()
    {
        var student = NodeId.Format("Student", DemoIds.For("student/ethan"));
        var closed = await graph.RunAsAsync(Callers.As(Role.Sales), CreateEnrollment, Enrollment(student, 101m));
        var set = await graph.RunAsAsync(Callers.As(Role.Sales), CreateEnrollment, Enrollment(student, 102m, ("closerId", Diego), ("setterId", Sofia)));
        var others = await graph.RunAsAsync(Callers.As(Role.Sales), CreateEnrollment, Enrollment(student, 103m, ("closerId", Diego)));

        // Without a closer, the deal is credited to the caller's own team member.
        Assert.Equal(Sofia, closed.GetProperty("createEnrollment").GetProperty("enrollment").GetProperty("closer").GetProperty("id").GetString());
        Assert.Equal(Sofia, set.GetProperty("createEnrollment").GetProperty("enrollment").GetProperty("setter").GetProperty("id").GetString());
        Assert.Equal("closerId", others.GetProperty("createEnrollment").GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM enrollments WHERE contract_value = 103"));
        // ADMIN credit anyone.
        var admin = await graph.RunAsync(CreateEnrollment, Enrollment(student, 104m, ("closerId", Diego)));
        Assert.Equal(Diego, admin.GetProperty("createEnrollment").GetProperty("enrollment").GetProperty("closer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Sales_change_their_own_deals_and_schedules_only()
    {
        // Sofia closed Sam's speech therapy; Ethan's coaching was closed by Diego and set by Hana.
        var own = NodeId.Format("Enrollment", DemoIds.For("enrollment/sam-speech"));
        var others = NodeId.Format("Enrollment", DemoIds.For("enrollment/ethan-coaching"));
        var ownInstallment = NodeId.Format("Installment", (Guid)(await ScalarAsync("SELECT id FROM installments WHERE enrollment_id = $1 ORDER BY due_date LIMIT 1", DemoIds.For("enrollment/sam-speech")))!);
        var othersInstallment = NodeId.Format("Installment", (Guid)(await ScalarAsync("SELECT id FROM installments WHERE enrollment_id = $1 ORDER BY due_date LIMIT 1", DemoIds.For("enrollment/ethan-coaching")))!);

        var ownChange = await graph.RunAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateEnrollment(input: {{ id: \"{own}\", freezeDaysAllowed: 11 }}) {{ enrollment {{ freezeDaysAllowed }} errors {{ __typename }} }} }}");
        var othersChange = await graph.ExecuteAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateEnrollment(input: {{ id: \"{others}\", freezeDaysAllowed: 30 }}) {{ errors {{ __typename }} }} }}");
        var handOver = await graph.ExecuteAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateEnrollment(input: {{ id: \"{own}\", closerId: \"{Diego}\", setterId: null }}) {{ errors {{ __typename }} }} }}");
        var ownSchedule = await graph.RunAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateInstallment(input: {{ id: \"{ownInstallment}\", dueDate: \"2031-06-01\" }}) {{ installment {{ dueDate }} errors {{ __typename }} }} }}");
        var othersSchedule = await graph.ExecuteAsAsync(Callers.As(Role.Sales),
            $"mutation {{ updateInstallment(input: {{ id: \"{othersInstallment}\", dueDate: \"2031-06-01\" }}) {{ errors {{ __typename }} }} }}");

        Assert.Equal(11, ownChange.GetProperty("updateEnrollment").GetProperty("enrollment").GetProperty("freezeDaysAllowed").GetInt32());
        Assert.Equal("2031-06-01", ownSchedule.GetProperty("updateInstallment").GetProperty("installment").GetProperty("dueDate").GetString());
        foreach (var refused in new[] { othersChange, handOver, othersSchedule })
            Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(14, await ScalarAsync("SELECT freeze_days_allowed FROM enrollments WHERE id = $1", DemoIds.For("enrollment/ethan-coaching")));
        Assert.Equal(DemoIds.For("team/sofia"), await ScalarAsync("SELECT closer_id FROM enrollments WHERE id = $1", DemoIds.For("enrollment/sam-speech")));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM installments WHERE enrollment_id = $1 AND due_date = '2031-06-01'", DemoIds.For("enrollment/ethan-coaching")));
    }

    private static Dictionary<string, object?> Enrollment(string student, decimal value, params (string Field, string Id)[] team)
    {
        var input = new Dictionary<string, object?>
        {
            ["studentId"] = student,
            ["programId"] = NodeId.Format("Program", DemoIds.For("program/coaching")),
            ["planType"] = "PIF",
            ["contractValue"] = value,
            ["startDate"] = "2031-01-01",
        };
        foreach (var (field, id) in team)
            input[field] = id;
        return Input(input);
    }

    [Theory]
    [InlineData(Role.Marketing)]
    [InlineData(Role.Analyst)]
    public async Task Other_staff_log_no_calls(Role role)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(role), CreateCall, Input(new() { ["hostId"] = Sofia, ["scheduledAt"] = "2031-04-01T10:00:00Z" }));

        Assert.True(response.TryGetProperty("errors", out var errors), response.GetRawText());
        Assert.Equal("AUTH_NOT_AUTHORIZED", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM sales_calls WHERE scheduled_at = '2031-04-01T10:00:00Z'"));
    }

    private static Dictionary<string, object?> Input(Dictionary<string, object?> input) => new() { ["input"] = input };

    private async Task<long> CountAsync(string sql) => (long)(await ScalarAsync(sql))!;

    private async Task<object?> ScalarAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(graph.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await command.ExecuteScalarAsync();
    }
}
