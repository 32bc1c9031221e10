using Graph.Testing.Postgres;
using Npgsql;

namespace Graph.Persistence.Tests.Constraints;

/// <summary>The sales portal's rules kept by the database: ROAS, campaign totals, freeze allowance, one student per lead,
/// session check-ins against a lesson.</summary>
public sealed class SalesConstraintTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<string> TextAsync(string sql) => Sql.ScalarAsync<string>(fixture.DataSource, sql);

    [Fact]
    public async Task Roas_is_revenue_over_spend_and_null_without_spend_and_campaign_totals_follow_every_daily_change()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, """
            INSERT INTO ad_campaigns (id, name, platform) VALUES ('00000000-0000-7000-8000-00000000a001', 'Totals', 'GOOGLE');
            INSERT INTO ad_performance (campaign_id, date, spend, revenue) VALUES
                ('00000000-0000-7000-8000-00000000a001', '2026-01-01', 0, 50),
                ('00000000-0000-7000-8000-00000000a001', '2026-01-02', 40, 100),
                ('00000000-0000-7000-8000-00000000a001', '2026-01-03', 60, 0);
            """);
        Assert.Equal("null|2.5000|0.0000", await TextAsync(
            "SELECT string_agg(coalesce(roas::text, 'null'), '|' ORDER BY date) FROM ad_performance WHERE campaign_id = '00000000-0000-7000-8000-00000000a001'"));
        Assert.Equal("100.00|150.00|1.5000", await Campaign());

        await Sql.ExecuteAsync(fixture.ConnectionString, """
            UPDATE ad_performance SET spend = 10 WHERE date = '2026-01-03' AND campaign_id = '00000000-0000-7000-8000-00000000a001';
            DELETE FROM ad_performance WHERE date = '2026-01-01' AND campaign_id = '00000000-0000-7000-8000-00000000a001';
            """);
        Assert.Equal("50.00|100.00|2.0000", await Campaign());

        await Sql.ExecuteAsync(fixture.ConnectionString, "DELETE FROM ad_performance WHERE campaign_id = '00000000-0000-7000-8000-00000000a001'");
        Assert.Equal("0.00|0.00|null", await Campaign());

        Task<string> Campaign() => TextAsync(
            "SELECT total_spend || '|' || total_revenue || '|' || coalesce(roas::text, 'null') FROM ad_campaigns WHERE id = '00000000-0000-7000-8000-00000000a001'");
    }

    [Fact]
    public async Task Freeze_days_stay_within_the_allowance_and_a_lead_becomes_one_student()
    {
        await Sql.ExecuteAsync(fixture.ConnectionString, """
            INSERT INTO leads (id) VALUES ('00000000-0000-7000-8000-00000000b001');
            INSERT INTO programs (id, name) VALUES ('00000000-0000-7000-8000-00000000b002', 'Freeze program');
            INSERT INTO students (id, first_name, converted_from_lead_id) VALUES ('00000000-0000-7000-8000-00000000b003', 'A', '00000000-0000-7000-8000-00000000b001');
            """);

        var overFrozen = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(fixture.ConnectionString, """
            INSERT INTO enrollments (student_id, program_id, start_date, contract_value, freeze_days_allowed, freeze_days_used)
            VALUES ('00000000-0000-7000-8000-00000000b003', '00000000-0000-7000-8000-00000000b002', '2026-01-01', 100, 5, 6)
            """));
        var secondStudent = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(fixture.ConnectionString,
            "INSERT INTO students (first_name, converted_from_lead_id) VALUES ('B', '00000000-0000-7000-8000-00000000b001')"));
        var checkInWithoutLesson = await Assert.ThrowsAsync<PostgresException>(() => Sql.ExecuteAsync(fixture.ConnectionString,
            "INSERT INTO attendance_logs (student_id, event_type, recorded_at) VALUES ('00000000-0000-7000-8000-00000000b003', 'SESSION_CHECK_IN', now())"));

        Assert.Equal("enrollments_freeze_allowance_check", overFrozen.ConstraintName);
        Assert.Equal("students_converted_from_lead_id_key", secondStudent.ConstraintName);
        Assert.Equal("attendance_logs_lesson_id_check", checkInWithoutLesson.ConstraintName);
    }
}
