using System.Text.Json;
using Graph.Schema.Relay;
using Graph.Schema.Tests.StatusChanges;
using Npgsql;

namespace Graph.Schema.Tests.Workflows;

[Collection(StatusMutationCollection.Name)]
public sealed class FreezeEnrollmentTests(StatusMutationFixture fixture)
{
    private const string Freeze = """
        mutation($id: ID!, $days: Int!) {
          freezeEnrollment(input: { enrollmentId: $id, days: $days }) {
            enrollment { status freezeDaysUsed endDate frozenOn frozenUntil }
            errors { __typename message ... on FreezeAllowanceExceededError { requested remaining } ... on InvalidStatusTransitionError { from to } ... on ValidationError { field } }
          }
        }
        """;

    private const string Resume = """
        mutation($id: ID!) {
          resumeEnrollment(input: { enrollmentId: $id }) {
            enrollment { status freezeDaysUsed endDate frozenOn frozenUntil }
            errors { __typename message ... on InvalidStatusTransitionError { from to } }
          }
        }
        """;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly DateOnly End = new(2027, 6, 30);

    [Fact]
    public async Task Freezing_counts_the_days_moves_the_end_date_and_freezes()
    {
        var key = await PrepareAsync(allowed: 10, used: 2);

        var payload = await RunAsync(Freeze, key, 5);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var enrollment = payload.GetProperty("enrollment");
        Assert.Equal("FROZEN", enrollment.GetProperty("status").GetString());
        Assert.Equal(7, enrollment.GetProperty("freezeDaysUsed").GetInt32());
        Assert.Equal(End.AddDays(5).ToString("yyyy-MM-dd"), enrollment.GetProperty("endDate").GetString());
        Assert.Equal(Today.AddDays(5).ToString("yyyy-MM-dd"), enrollment.GetProperty("frozenUntil").GetString());
        Assert.Equal("ACTIVE", (await fixture.OutboxPayloadsAsync("enrollmentStatusChanged:" + key.ToString("D")))[^1].GetProperty("previousStatus").GetString());
    }

    [Fact]
    public async Task Freezing_beyond_the_allowance_is_refused_and_changes_nothing()
    {
        var key = await PrepareAsync(allowed: 10, used: 7);

        var payload = await RunAsync(Freeze, key, 4);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("FreezeAllowanceExceededError", error.GetProperty("__typename").GetString());
        Assert.Equal(4, error.GetProperty("requested").GetInt32());
        Assert.Equal(3, error.GetProperty("remaining").GetInt32());
        Assert.Equal("ACTIVE|7|" + End.ToString("yyyy-MM-dd"), await RowAsync(key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task A_freeze_of_no_days_is_refused(int days)
    {
        var key = await PrepareAsync(allowed: 10, used: 0);

        var payload = await RunAsync(Freeze, key, days);

        Assert.Equal("days", payload.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("ACTIVE|0|" + End.ToString("yyyy-MM-dd"), await RowAsync(key));
    }

    [Fact]
    public async Task Resuming_early_gives_back_the_unused_days()
    {
        var key = await PrepareAsync(allowed: 14, used: 0);
        await RunAsync(Freeze, key, 6);
        // Three days of the freeze have passed.
        await ExecuteAsync("UPDATE enrollments SET frozen_on = frozen_on - 3, frozen_until = frozen_until - 3 WHERE id = $1", key);

        var payload = await RunAsync(Resume, key);

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var enrollment = payload.GetProperty("enrollment");
        Assert.Equal("ACTIVE", enrollment.GetProperty("status").GetString());
        Assert.Equal(3, enrollment.GetProperty("freezeDaysUsed").GetInt32());
        Assert.Equal(End.AddDays(3).ToString("yyyy-MM-dd"), enrollment.GetProperty("endDate").GetString());
        Assert.Equal(JsonValueKind.Null, enrollment.GetProperty("frozenUntil").ValueKind);
    }

    [Fact]
    public async Task Resuming_on_the_day_of_the_freeze_gives_back_every_day_and_after_it_none()
    {
        var key = await PrepareAsync(allowed: 14, used: 1);
        await RunAsync(Freeze, key, 5);
        Assert.Equal(1, (await RunAsync(Resume, key)).GetProperty("enrollment").GetProperty("freezeDaysUsed").GetInt32());

        await RunAsync(Freeze, key, 5);
        await ExecuteAsync("UPDATE enrollments SET frozen_on = frozen_on - 9, frozen_until = frozen_until - 9 WHERE id = $1", key);
        var late = await RunAsync(Resume, key);

        Assert.Equal(6, late.GetProperty("enrollment").GetProperty("freezeDaysUsed").GetInt32());
        Assert.Equal(End.AddDays(5).ToString("yyyy-MM-dd"), late.GetProperty("enrollment").GetProperty("endDate").GetString());
    }

    [Fact]
    public async Task Concurrent_freezes_spend_the_days_once()
    {
        var key = await PrepareAsync(allowed: 10, used: 0);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RunAsync(Freeze, key, 6)));

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.Equal("FROZEN|6|" + End.AddDays(6).ToString("yyyy-MM-dd"), await RowAsync(key));
    }

    [Fact]
    public async Task Only_a_frozen_enrollment_resumes_and_only_an_active_one_freezes()
    {
        var key = await PrepareAsync(allowed: 10, used: 0);

        var resume = await RunAsync(Resume, key);
        await ExecuteAsync("UPDATE enrollments SET status = 'COMPLETED' WHERE id = $1", key);
        var freeze = await RunAsync(Freeze, key, 1);

        Assert.Equal("ACTIVE", resume.GetProperty("errors")[0].GetProperty("from").GetString());
        Assert.Equal("COMPLETED", freeze.GetProperty("errors")[0].GetProperty("from").GetString());
    }

    private async Task<JsonElement> RunAsync(string mutation, Guid key, int? days = null)
    {
        object variables = days is null ? new { id = NodeId.Format("Enrollment", key) } : new { id = NodeId.Format("Enrollment", key), days };
        var response = await fixture.RunAsync(mutation, variables, "SALES");
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data").GetProperty(days is null ? "resumeEnrollment" : "freezeEnrollment");
    }

    /// <summary>The last enrollment, reset to ACTIVE with the given allowance, ending on <see cref="End"/>.</summary>
    private async Task<Guid> PrepareAsync(int allowed, int used)
    {
        await using var command = fixture.DataSource.CreateCommand("""
            UPDATE enrollments SET status = 'ACTIVE', freeze_days_allowed = $1, freeze_days_used = $2, end_date = $3, frozen_on = NULL, frozen_until = NULL
            WHERE id = (SELECT id FROM enrollments ORDER BY id DESC LIMIT 1) RETURNING id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = allowed });
        command.Parameters.Add(new NpgsqlParameter { Value = used });
        command.Parameters.Add(new NpgsqlParameter { Value = End });
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> RowAsync(Guid key)
    {
        await using var command = fixture.DataSource.CreateCommand("SELECT status || '|' || freeze_days_used || '|' || end_date FROM enrollments WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, Guid key)
    {
        await using var command = fixture.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync();
    }
}
