using System.Text.Json;
using Graph.Schema.Programs;
using Graph.Schema.Relay;
using Graph.Schema.Tests.StatusChanges;
using Npgsql;

namespace Graph.Schema.Tests.Workflows;

[Collection(StatusMutationCollection.Name)]
public sealed class AttendanceTests(StatusMutationFixture fixture)
{
    private const string Issue = """
        mutation($id: ID!) { issueAttendanceQrToken(input: { studentId: $id }) { student { id attendanceQrToken } errors { __typename message } } }
        """;

    private const string Revoke = """
        mutation($id: ID!) { revokeAttendanceQrToken(input: { studentId: $id }) { student { attendanceQrToken } errors { __typename message } } }
        """;

    private const string Record = """
        mutation($token: String!, $type: AttendanceEventType!, $session: ID) {
          recordAttendance(input: { qrToken: $token, eventType: $type, sessionId: $session }) {
            attendanceLog { eventType lessonId student { id } recordedAt }
            errors { __typename message ... on ValidationError { field } }
          }
        }
        """;

    [Fact]
    public async Task A_valid_code_records_a_center_check_in_and_out()
    {
        var (student, token) = await IssueAsync();

        var checkIn = await RecordAsync(token, "CENTER_CHECK_IN");
        var checkOut = await RecordAsync(token, "CENTER_CHECK_OUT");

        Assert.Equal(JsonValueKind.Null, checkIn.GetProperty("errors").ValueKind);
        Assert.Equal(NodeId.Format("Student", student), checkIn.GetProperty("attendanceLog").GetProperty("student").GetProperty("id").GetString());
        Assert.Equal("CENTER_CHECK_OUT", checkOut.GetProperty("attendanceLog").GetProperty("eventType").GetString());
        Assert.Equal(2L, await LogCountAsync(student));
    }

    [Fact]
    public async Task A_session_check_in_is_against_a_lesson()
    {
        var (student, token) = await IssueAsync();
        var lesson = await LessonOfAsync(student);
        var (other, _) = await IssueAsync();
        var othersLesson = await LessonOfAsync(other);

        var missing = await RecordAsync(token, "SESSION_CHECK_IN");
        var unknown = await RecordAsync(token, "SESSION_CHECK_IN", NodeId.Format("Lesson", Guid.CreateVersion7()));
        var notTheirs = await RecordAsync(token, "SESSION_CHECK_IN", NodeId.Format("Lesson", othersLesson));
        var recorded = await RecordAsync(token, "SESSION_CHECK_IN", NodeId.Format("Lesson", lesson));
        var misplaced = await RecordAsync(token, "CENTER_CHECK_IN", NodeId.Format("Lesson", lesson));

        Assert.Equal("sessionId", missing.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("sessionId", unknown.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("sessionId", notTheirs.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(lesson.ToString(), recorded.GetProperty("attendanceLog").GetProperty("lessonId").GetString());
        Assert.Equal("sessionId", misplaced.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(1L, await LogCountAsync(student));
    }

    [Fact]
    public async Task Forged_codes_record_nothing()
    {
        var (student, token) = await IssueAsync();
        var signature = token[(token.LastIndexOf('.') + 1)..];
        var forgeries = new[]
        {
            token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1],
            new AttendanceTokens(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).Issue(student),
            token.Replace(signature, "", StringComparison.Ordinal),
            "att1.not-base64!.x",
            "hello",
        };

        foreach (var forged in forgeries)
        {
            var payload = await RecordAsync(forged, "CENTER_CHECK_IN");
            Assert.Equal("InvalidAttendanceTokenError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        }

        Assert.Equal(0L, await LogCountAsync(student));
    }

    [Fact]
    public async Task Revoked_and_replaced_codes_record_nothing()
    {
        var (student, first) = await IssueAsync();
        var (_, second) = await IssueAsync(student);

        var replaced = await RecordAsync(first, "CENTER_CHECK_IN");
        await Run(Revoke, new { id = NodeId.Format("Student", student) }, "ADMIN");
        var revoked = await RecordAsync(second, "CENTER_CHECK_IN");

        Assert.NotEqual(first, second);
        Assert.Equal("InvalidAttendanceTokenError", replaced.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("InvalidAttendanceTokenError", revoked.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0L, await LogCountAsync(student));
    }

    [Fact]
    public async Task Sales_may_not_read_a_students_code()
    {
        var (student, _) = await IssueAsync();

        var response = await fixture.RunAsync("query($id: ID!) { node(id: $id) { ... on Student { attendanceQrToken } } }", new { id = NodeId.Format("Student", student) }, "SALES");

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(Guid Student, string Token)> IssueAsync(Guid? student = null)
    {
        var key = student ?? await NewStudentAsync();
        var payload = await Run(Issue, new { id = NodeId.Format("Student", key) }, "ADMIN");
        return (key, payload.GetProperty("student").GetProperty("attendanceQrToken").GetString()!);
    }

    private Task<JsonElement> RecordAsync(string token, string type, string? session = null) =>
        Run(Record, new { token, type, session }, "ADMIN");

    private async Task<JsonElement> Run(string mutation, object variables, string role)
    {
        var response = await fixture.RunAsync(mutation, variables, role);
        Assert.False(response.TryGetProperty("errors", out _), response.GetRawText());
        return response.GetProperty("data").EnumerateObject().Single().Value;
    }

    private async Task<Guid> NewStudentAsync()
    {
        await using var command = fixture.DataSource.CreateCommand("INSERT INTO students (first_name) VALUES ('Scanner test') RETURNING id");
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A lesson of the student, with a teacher and a studio of its own.</summary>
    private async Task<Guid> LessonOfAsync(Guid student)
    {
        await using var command = fixture.DataSource.CreateCommand("""
            WITH u AS (INSERT INTO users (email, first_name) VALUES ('scan-' || gen_random_uuid() || '@test.graph', 'Scan') RETURNING id),
                 s AS (INSERT INTO studios (name, slug, time_zone) VALUES ('Scan', 'scan-' || replace(gen_random_uuid()::text, '-', ''), 'UTC') RETURNING id),
                 t AS (INSERT INTO teachers (user_id, studio_id) SELECT u.id, s.id FROM u, s RETURNING id, studio_id)
            INSERT INTO lessons (studio_id, teacher_id, student_id, scheduled_start, scheduled_end)
            SELECT t.studio_id, t.id, $1, now(), now() + interval '45 minutes' FROM t RETURNING id
            """);
        command.Parameters.AddWithValue(student);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> LogCountAsync(Guid student)
    {
        await using var command = fixture.DataSource.CreateCommand("SELECT count(*) FROM attendance_logs WHERE student_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = student });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
