using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Npgsql;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// SALES write their own sales calls and KPIs only (issue 19, access): a daily metric of their own team member, a call
/// they host or set; another member's is refused and writes nothing, and an update cannot hand a row to someone else.
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
