using System.Globalization;
using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Tests.Modules;
using Npgsql;

namespace Graph.Schema.Tests.Data;

/// <summary>
/// <c>groups(by:, first:)</c> on root connections over the demo data: every group and value equals what hand-written
/// SQL computes (PostgreSQL's own <c>date_trunc</c> for weeks and months), in one statement, under the row rules and
/// field masks, with <c>where</c> applied; bad groupings are typed GraphQL errors.
/// </summary>
public sealed class GroupedAggregateTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string KpisPerMemberPerMonth = """
        { dailyMetrics { groups(by: [{ field: TEAM_MEMBER_ID }, { field: DATE, dateGrouping: MONTH }]) {
            key { teamMemberId date calls }
            count sum { cash closes calls } avg { cash } min { date } max { date cash }
        } } }
        """;

    private const string KpisSql = """
        SELECT d.team_member_id::text, date_trunc('month', d.date)::date::text, count(*)::text, sum(d.cash)::text, sum(d.closes)::text,
               sum(d.calls)::text, min(d.date)::text, max(d.date)::text, max(d.cash)::text, avg(d.cash)::text
        FROM daily_metrics d {0}
        GROUP BY 1, 2 ORDER BY 1, 2
        """;

    [Fact]
    public async Task Cash_and_closes_per_team_member_per_month_are_the_sums_sql_computes_in_one_statement()
    {
        graph.Sql.Clear();
        var groups = Groups(await graph.RunAsync(KpisPerMemberPerMonth), "dailyMetrics");

        var sql = Assert.Single(graph.Sql.Commands);
        Assert.Contains("GROUP BY", sql);
        var expected = await RowsAsync(string.Format(CultureInfo.InvariantCulture, KpisSql, ""));
        Assert.True(expected.Count >= 3, "The demo data has KPIs of three members.");
        AssertKpis(expected, groups);
    }

    [Fact]
    public async Task A_sales_users_groups_count_only_their_own_rows()
    {
        var asSales = Groups(await graph.RunAsAsync(Callers.As(Role.Sales), KpisPerMemberPerMonth), "dailyMetrics");
        var asAdmin = Groups(await graph.RunAsync(KpisPerMemberPerMonth), "dailyMetrics");

        var own = await RowsAsync(string.Format(
            CultureInfo.InvariantCulture, KpisSql, $"JOIN team_members t ON t.id = d.team_member_id WHERE t.user_id = '{Callers.AccountId(Role.Sales)}'"));
        Assert.NotEmpty(own);
        AssertKpis(own, asSales);
        Assert.True(asAdmin.Count > asSales.Count, "ADMIN sees every member's groups, SALES their own.");
        Assert.All(asSales, g => Assert.Equal(own[0][0], g.GetProperty("key").GetProperty("teamMemberId").GetString()));
    }

    [Fact]
    public async Task A_nested_connections_groups_are_each_parents_in_one_statement_for_all_parents()
    {
        graph.Sql.Clear();
        var members = (await graph.RunAsync("""
            { teamMembers(first: 10) { nodes { id name dailyMetrics { groups(by: [{ field: DATE, dateGrouping: MONTH }], first: 1) { key { date } count sum { cash closes } } } } } }
            """)).GetProperty("teamMembers").GetProperty("nodes").EnumerateArray().ToList();

        // The members, their pages (no items selected), and one statement for the groups of all of them.
        Assert.Equal(3, graph.Sql.Commands.Count);
        Assert.Single(graph.Sql.Commands, c => c.Contains("GROUP BY", StringComparison.Ordinal));
        var expected = await RowsAsync("""
            SELECT name, month::text, n::text, cash::text, closes::text, (row_number() OVER (PARTITION BY id ORDER BY month))::text
            FROM (SELECT t.id, t.name, date_trunc('month', d.date)::date AS month, count(*) AS n, sum(d.cash) AS cash, sum(d.closes) AS closes
                  FROM daily_metrics d JOIN team_members t ON t.id = d.team_member_id GROUP BY 1, 2, 3) s
            ORDER BY 1, 2
            """);
        var firstPerMember = expected.Where(r => r[5] == "1").ToList();
        Assert.True(firstPerMember.Count >= 3);
        foreach (var member in members)
        {
            var name = member.GetProperty("name").GetString();
            var groups = member.GetProperty("dailyMetrics").GetProperty("groups").EnumerateArray().ToList();
            var row = firstPerMember.SingleOrDefault(r => r[0] == name);
            if (row is null)
            {
                Assert.Empty(groups);
                continue;
            }

            var group = Assert.Single(groups);
            Assert.Equal(row[1], group.GetProperty("key").GetProperty("date").GetString());
            Assert.Equal(int.Parse(row[2]!, CultureInfo.InvariantCulture), group.GetProperty("count").GetInt32());
            Assert.Equal(decimal.Parse(row[3]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("cash").GetDecimal());
            Assert.Equal(long.Parse(row[4]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("closes").GetInt64());
        }
    }

    [Fact]
    public async Task Spend_revenue_and_roas_per_campaign_per_week_are_what_sql_computes()
    {
        var groups = Groups(await graph.RunAsAsync(Callers.As(Role.Marketing), """
            { adPerformance { groups(by: [{ field: CAMPAIGN_ID }, { field: DATE, dateGrouping: WEEK }], first: 1000) {
                key { campaignId date } count sum { spend revenue clicks } avg { roas }
            } } }
            """), "adPerformance");

        var expected = await RowsAsync("""
            SELECT campaign_id::text, date_trunc('week', date)::date::text, count(*)::text, sum(spend)::text, sum(revenue)::text,
                   sum(clicks)::text, avg(roas)::text, (sum(revenue) / NULLIF(sum(spend), 0))::text
            FROM ad_performance GROUP BY 1, 2 ORDER BY 1, 2
            """);
        Assert.True(expected.Count > 6, "Three campaigns over three weeks.");
        Assert.Equal(expected.Count, groups.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (row, group) = (expected[i], groups[i]);
            Assert.Equal(row[0], group.GetProperty("key").GetProperty("campaignId").GetString());
            Assert.Equal(row[1], group.GetProperty("key").GetProperty("date").GetString());
            Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(row[1]!, CultureInfo.InvariantCulture).DayOfWeek);
            Assert.Equal(int.Parse(row[2]!, CultureInfo.InvariantCulture), group.GetProperty("count").GetInt32());
            var spend = group.GetProperty("sum").GetProperty("spend").GetDecimal();
            var revenue = group.GetProperty("sum").GetProperty("revenue").GetDecimal();
            Assert.Equal(decimal.Parse(row[3]!, CultureInfo.InvariantCulture), spend);
            Assert.Equal(decimal.Parse(row[4]!, CultureInfo.InvariantCulture), revenue);
            Assert.Equal(long.Parse(row[5]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("clicks").GetInt64());
            AssertDecimal(row[6], group.GetProperty("avg").GetProperty("roas"));
            // The week's ROAS is its revenue over its spend, from the two sums (null without spend).
            if (row[7] is null)
                Assert.Equal(0m, spend);
            else
                Assert.Equal(decimal.Round(decimal.Parse(row[7]!, CultureInfo.InvariantCulture), 6), decimal.Round(revenue / spend, 6));
        }
    }

    [Fact]
    public async Task Journey_events_per_type_per_day_are_what_sql_counts_without_deleted_events()
    {
        var groups = Groups(await graph.RunAsAsync(Callers.As(Role.Marketing), """
            { journeyEvents { groups(by: [{ field: EVENT_TYPE }, { field: CREATED_AT }]) { key { eventType createdAt } count } } }
            """), "journeyEvents");

        var expected = await RowsAsync("""
            SELECT event_type, (created_at AT TIME ZONE 'UTC')::date::text, count(*)::text
            FROM patient_journey_events WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2
            """);
        Assert.True(expected.Count >= 3);
        Assert.Equal(expected.Select(r => $"{r[0]} {r[1]} {r[2]}"), groups.Select(g =>
            $"{g.GetProperty("key").GetProperty("eventType").GetString()} {g.GetProperty("key").GetProperty("createdAt").GetString()} {g.GetProperty("count").GetInt32()}"));
    }

    [Fact]
    public async Task Groups_honour_the_where_and_first()
    {
        var groups = Groups(await graph.RunAsync("""
            { adPerformance(where: { spend: { gt: 30 } }) { groups(by: [{ field: CAMPAIGN_ID }, { field: DATE, dateGrouping: YEAR }], first: 1) { key { campaignId date } count sum { spend } } } }
            """), "adPerformance");

        var expected = await RowsAsync("""
            SELECT campaign_id::text, date_trunc('year', date)::date::text, count(*)::text, sum(spend)::text
            FROM ad_performance WHERE spend > 30 GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 1
            """);
        var group = Assert.Single(groups);
        Assert.Equal(expected[0][0], group.GetProperty("key").GetProperty("campaignId").GetString());
        Assert.Equal(expected[0][1], group.GetProperty("key").GetProperty("date").GetString());
        Assert.Equal(int.Parse(expected[0][2]!, CultureInfo.InvariantCulture), group.GetProperty("count").GetInt32());
        Assert.Equal(decimal.Parse(expected[0][3]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("spend").GetDecimal());
    }

    [Fact]
    public async Task A_key_the_caller_may_not_read_groups_as_null()
    {
        // ANALYST reads leads but not their email: grouped by email, every lead falls in the null group.
        var groups = Groups(await graph.RunAsAsync(Callers.As(Role.Analyst), "{ leads { groups(by: [{ field: EMAIL }]) { key { email } count } } }"), "leads");
        var byAdmin = Groups(await graph.RunAsync("{ leads { groups(by: [{ field: EMAIL }]) { key { email } count } } }"), "leads");

        var group = Assert.Single(groups);
        Assert.Equal(JsonValueKind.Null, group.GetProperty("key").GetProperty("email").ValueKind);
        Assert.Equal(byAdmin.Sum(g => g.GetProperty("count").GetInt32()), group.GetProperty("count").GetInt32());
        Assert.True(byAdmin.Count > 1);
    }

    [Theory]
    [InlineData("[{ field: CALLS, dateGrouping: MONTH }]", "dateGrouping")]
    [InlineData("[]", "1 to 4")]
    [InlineData("[{ field: CALLS }, { field: CALLS }]", "twice")]
    [InlineData("[{ field: CALLS }, { field: CLOSES }, { field: CASH }, { field: DATE }, { field: OFFERS }]", "1 to 4")]
    public async Task A_bad_grouping_is_an_invalid_grouping_error(string by, string message)
    {
        var response = await graph.ExecuteAsAsync(Callers.As(Role.Admin), $"{{ dailyMetrics {{ groups(by: {by}) {{ count }} }} }}");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("INVALID_GROUPING", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Too_many_groups_asked_for_is_an_invalid_grouping_error()
    {
        var response = await graph.ExecuteAsAsync(Callers.As(Role.Admin), "{ dailyMetrics { groups(by: [{ field: DATE }], first: 1001) { count } } }");

        Assert.Equal("INVALID_GROUPING", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static void AssertKpis(List<string?[]> expected, List<JsonElement> groups)
    {
        Assert.Equal(expected.Count, groups.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (row, group) = (expected[i], groups[i]);
            var key = group.GetProperty("key");
            Assert.Equal(row[0], key.GetProperty("teamMemberId").GetString());
            Assert.Equal(row[1], key.GetProperty("date").GetString());
            Assert.Equal(JsonValueKind.Null, key.GetProperty("calls").ValueKind);
            Assert.Equal(int.Parse(row[2]!, CultureInfo.InvariantCulture), group.GetProperty("count").GetInt32());
            Assert.Equal(decimal.Parse(row[3]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("cash").GetDecimal());
            Assert.Equal(long.Parse(row[4]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("closes").GetInt64());
            Assert.Equal(long.Parse(row[5]!, CultureInfo.InvariantCulture), group.GetProperty("sum").GetProperty("calls").GetInt64());
            Assert.Equal(row[6], group.GetProperty("min").GetProperty("date").GetString());
            Assert.Equal(row[7], group.GetProperty("max").GetProperty("date").GetString());
            Assert.Equal(decimal.Parse(row[8]!, CultureInfo.InvariantCulture), group.GetProperty("max").GetProperty("cash").GetDecimal());
            AssertDecimal(row[9], group.GetProperty("avg").GetProperty("cash"));
        }
    }

    private static void AssertDecimal(string? expected, JsonElement actual)
    {
        if (expected is null)
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        else
            Assert.Equal(decimal.Round(decimal.Parse(expected, CultureInfo.InvariantCulture), 6), decimal.Round(actual.GetDecimal(), 6));
    }

    private static List<JsonElement> Groups(JsonElement data, string field) => [.. data.GetProperty(field).GetProperty("groups").EnumerateArray()];

    private async Task<List<string?[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(graph.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))]);
        return rows;
    }
}
