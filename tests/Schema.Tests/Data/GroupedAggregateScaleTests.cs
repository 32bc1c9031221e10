using System.Globalization;
using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding;
using Graph.Persistence.Seeding.Scale;
using Graph.Schema.Authorization;
using Graph.Schema.Tests.Modules;
using Npgsql;

namespace Graph.Schema.Tests.Data;

/// <summary>The composed schema over scale data (a small plan) instead of the demo data.</summary>
public sealed class ScaleGraphFixture : GraphFixture
{
    protected override Task SeedAsync(IServiceProvider services, NpgsqlDataSource dataSource) =>
        new ScaleSeeder(dataSource).SeedAsync(new SeedRequest(SeedMode.Scale, 600), new Progress<double>(), CancellationToken.None);
}

/// <summary>
/// <c>groups</c> over the scale data: KPIs per member per month, marketing per campaign per week and journey events per
/// type per day equal what hand-written SQL computes, each in one statement; a closer's SALES login gets only their
/// own months.
/// </summary>
public sealed class GroupedAggregateScaleTests(ScaleGraphFixture graph) : IClassFixture<ScaleGraphFixture>
{
    [Fact]
    public async Task Kpis_per_member_per_month_equal_sql_for_admin_and_for_a_closer()
    {
        const string query = """
            { dailyMetrics { groups(by: [{ field: TEAM_MEMBER_ID }, { field: DATE, dateGrouping: MONTH }], first: 1000) {
                key { teamMemberId date } count sum { cash closes } } } }
            """;
        const string sql = """
            SELECT d.team_member_id::text || ' ' || date_trunc('month', d.date)::date::text || ' ' || count(*) || ' ' || sum(d.cash) || ' ' || sum(d.closes)
            FROM daily_metrics d JOIN team_members t ON t.id = d.team_member_id {0}
            GROUP BY d.team_member_id, date_trunc('month', d.date) ORDER BY d.team_member_id, date_trunc('month', d.date)
            """;

        graph.Sql.Clear();
        var all = Lines(await graph.RunAsync(query), "dailyMetrics", "teamMemberId", "date", g => $"{g.GetProperty("count").GetInt32()} {Decimal(g.GetProperty("sum").GetProperty("cash"))} {g.GetProperty("sum").GetProperty("closes").GetInt64()}");
        Assert.Single(graph.Sql.Commands);
        var expected = await ColumnAsync(string.Format(CultureInfo.InvariantCulture, sql, ""));
        Assert.InRange(expected.Count, 20, 999);
        Assert.Equal(expected, all);

        var closer = (Guid)(await ScalarAsync("SELECT t.user_id FROM team_members t WHERE t.user_id IS NOT NULL AND EXISTS (SELECT 1 FROM daily_metrics d WHERE d.team_member_id = t.id) ORDER BY t.id LIMIT 1"))!;
        var own = Lines(await graph.RunAsAsync(Viewers.Principal(closer, [Role.Sales]), query), "dailyMetrics", "teamMemberId", "date", g => $"{g.GetProperty("count").GetInt32()} {Decimal(g.GetProperty("sum").GetProperty("cash"))} {g.GetProperty("sum").GetProperty("closes").GetInt64()}");
        var expectedOwn = await ColumnAsync(string.Format(CultureInfo.InvariantCulture, sql, $"WHERE t.user_id = '{closer}'"));
        Assert.NotEmpty(expectedOwn);
        Assert.Equal(expectedOwn, own);
        Assert.True(own.Count < all.Count);
    }

    [Fact]
    public async Task Spend_and_revenue_per_campaign_per_week_equal_sql()
    {
        var groups = Lines(await graph.RunAsync("""
            { adPerformance { groups(by: [{ field: CAMPAIGN_ID }, { field: DATE, dateGrouping: WEEK }], first: 1000) {
                key { campaignId date } count sum { spend revenue } } } }
            """), "adPerformance", "campaignId", "date", g => $"{g.GetProperty("count").GetInt32()} {Decimal(g.GetProperty("sum").GetProperty("spend"))} {Decimal(g.GetProperty("sum").GetProperty("revenue"))}");

        var expected = await ColumnAsync("""
            SELECT campaign_id::text || ' ' || date_trunc('week', date)::date::text || ' ' || count(*) || ' ' || sum(spend) || ' ' || sum(revenue)
            FROM ad_performance GROUP BY campaign_id, date_trunc('week', date) ORDER BY campaign_id, date_trunc('week', date)
            """);
        Assert.InRange(expected.Count, 10, 999);
        Assert.Equal(expected, groups);
    }

    [Fact]
    public async Task Journey_events_per_type_per_day_equal_sql()
    {
        var groups = Lines(await graph.RunAsync("""
            { journeyEvents { groups(by: [{ field: EVENT_TYPE }, { field: CREATED_AT, dateGrouping: DAY }], first: 1000) { key { eventType createdAt } count } } }
            """), "journeyEvents", "eventType", "createdAt", g => g.GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture));

        var expected = await ColumnAsync("""
            SELECT event_type || ' ' || (created_at AT TIME ZONE 'UTC')::date::text || ' ' || count(*)
            FROM patient_journey_events WHERE deleted_at IS NULL
            GROUP BY event_type, (created_at AT TIME ZONE 'UTC')::date ORDER BY event_type, (created_at AT TIME ZONE 'UTC')::date
            """);
        Assert.InRange(expected.Count, 10, 999);
        Assert.Equal(expected, groups);
    }

    private static List<string> Lines(JsonElement data, string field, string key1, string key2, Func<JsonElement, string> values) =>
        [.. data.GetProperty(field).GetProperty("groups").EnumerateArray().Select(g =>
            $"{g.GetProperty("key").GetProperty(key1).GetString()} {g.GetProperty("key").GetProperty(key2).GetString()} {values(g)}")];

    // PostgreSQL prints numeric sums with their scale (12.50); JSON drops trailing zeros.
    private static string Decimal(JsonElement value) => value.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);

    private async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(graph.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(graph.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
