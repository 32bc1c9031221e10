using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Studio;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Studio;

/// <summary>Lessons: a teacher is never booked twice at once (booking buffer counted, concurrent requests included);
/// the status machine with its stamps and the reason a cancellation needs; the computed duration.</summary>
public sealed class LessonTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Create = """
        mutation($input: CreateLessonInput!) { createLesson(input: $input) { lesson { id durationMinutes status teacherBlockedUntil } errors { __typename message } } }
        """;

    private const string Move = """
        mutation($id: ID!, $status: LessonStatus!, $reason: String) { updateLessonStatus(input: { lessonId: $id, status: $status, cancellationReason: $reason }) {
          lesson { status actualStart actualEnd cancellationReason } errors { __typename message } } }
        """;

    /// <summary>Tom, the TEACHER account, keeps 10 minutes free after each lesson (demo data).</summary>
    private static readonly Guid Tom = DemoIds.For("teacher/tom");

    [Fact]
    public async Task A_lesson_within_the_teachers_booking_buffer_is_refused_and_one_after_it_is_taken()
    {
        var start = Slot(20);
        Assert.Null(Error(await CreateAsync(Role.Admin, Tom, start, 45)));

        // Tom's buffer is 10 minutes: 5 minutes after the end is refused, 10 minutes after is free.
        Assert.Equal("ReservationConflictError", Error(await CreateAsync(Role.Admin, Tom, start.AddMinutes(50), 30)));
        Assert.Equal("ReservationConflictError", Error(await CreateAsync(Role.Admin, Tom, start.AddMinutes(-35), 30)));
        var after = await CreateAsync(Role.Teacher, Tom, start.AddMinutes(55), 30);
        Assert.Null(Error(after));
        Assert.Equal(30, after.GetProperty("lesson").GetProperty("durationMinutes").GetInt32());
        Assert.Equal(start.AddMinutes(95), after.GetProperty("lesson").GetProperty("teacherBlockedUntil").GetDateTimeOffset());
    }

    [Fact]
    public async Task Of_concurrent_overlapping_lessons_of_one_teacher_exactly_one_is_booked()
    {
        var start = Slot(25);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => CreateAsync(Role.Admin, Tom, start.AddMinutes(i * 5), 45)));

        Assert.Equal(1, results.Count(r => Error(r) is null));
        Assert.All(results.Where(r => Error(r) is not null), r => Assert.Equal("ReservationConflictError", Error(r)));
        await using var db = graph.CreateContext();
        Assert.Equal(1, await db.Set<Lesson>().CountAsync(l => l.TeacherId == Tom && l.ScheduledStart >= start && l.ScheduledStart < start.AddHours(1)));
    }

    [Fact]
    public async Task Another_teacher_is_free_at_the_same_time_and_a_cancelled_lesson_frees_its_slot()
    {
        var start = Slot(30);
        var first = await CreateAsync(Role.Admin, Tom, start, 45);
        Assert.Null(Error(await CreateAsync(Role.Admin, DemoIds.For("teacher/nora"), start, 45)));

        var id = first.GetProperty("lesson").GetProperty("id").GetString()!;
        var cancelled = (await graph.RunAsync(Move, Vars(new { id, status = "CANCELLED", reason = "Teacher away." }))).GetProperty("updateLessonStatus");
        Assert.Equal(JsonValueKind.Null, cancelled.GetProperty("errors").ValueKind);
        Assert.Null(Error(await CreateAsync(Role.Admin, Tom, start, 45)));
    }

    [Fact]
    public async Task A_lesson_moves_along_its_status_machine_with_its_stamps()
    {
        var id = (await CreateAsync(Role.Admin, Tom, Slot(35), 60)).GetProperty("lesson").GetProperty("id").GetString()!;

        Assert.Equal("InvalidStatusTransitionError", MoveError(await graph.RunAsync(Move, Vars(new { id, status = "COMPLETED" }))));
        var started = (await graph.RunAsAsync(Callers.As(Role.Teacher), Move, Vars(new { id, status = "IN_PROGRESS" }))).GetProperty("updateLessonStatus");
        Assert.Equal("IN_PROGRESS", started.GetProperty("lesson").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, started.GetProperty("lesson").GetProperty("actualStart").ValueKind);
        var done = (await graph.RunAsAsync(Callers.As(Role.Teacher), Move, Vars(new { id, status = "COMPLETED" }))).GetProperty("updateLessonStatus");
        Assert.Equal("COMPLETED", done.GetProperty("lesson").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("lesson").GetProperty("actualEnd").ValueKind);
        Assert.Equal("InvalidStatusTransitionError", MoveError(await graph.RunAsync(Move, Vars(new { id, status = "CANCELLED", reason = "Too late." }))));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_a_no_show_takes_none()
    {
        var id = (await CreateAsync(Role.Admin, Tom, Slot(40), 45)).GetProperty("lesson").GetProperty("id").GetString()!;

        Assert.Equal("ValidationError", MoveError(await graph.RunAsync(Move, Vars(new { id, status = "CANCELLED" }))));
        Assert.Equal("ValidationError", MoveError(await graph.RunAsync(Move, Vars(new { id, status = "CANCELLED", reason = "   " }))));
        Assert.Equal("ValidationError", MoveError(await graph.RunAsync(Move, Vars(new { id, status = "NO_SHOW", reason = "Why?" }))));
        var cancelled = (await graph.RunAsync(Move, Vars(new { id, status = "CANCELLED", reason = "Snow storm." }))).GetProperty("updateLessonStatus");
        Assert.Equal("Snow storm.", cancelled.GetProperty("lesson").GetProperty("cancellationReason").GetString());

        // The database holds the rule too: no path writes a cancelled lesson without a reason.
        await using var db = graph.CreateContext();
        Assert.True(NodeKeys.TryParse(id, "Lesson", out var key));
        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            var lesson = await db.Set<Lesson>().SingleAsync(l => l.Id == key);
            lesson.CancellationReason = null;
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_teacher_moves_only_their_own_lessons()
    {
        var noras = await CreateAsync(Role.Admin, DemoIds.For("teacher/nora"), Slot(45), 45);
        var id = noras.GetProperty("lesson").GetProperty("id").GetString()!;
        Assert.Equal("NotFoundError", MoveError(await graph.RunAsAsync(Callers.As(Role.Teacher), Move, Vars(new { id, status = "IN_PROGRESS" }))));
        var start = Slot(46);
        var refused = await graph.ExecuteAsAsync(Callers.As(Role.Teacher), Create, Vars(new
        {
            input = new
            {
                studioId = NodeId.Format("Studio", DemoIds.For("studio/main")), teacherId = NodeId.Format("Teacher", DemoIds.For("teacher/nora")),
                studentId = NodeId.Format("Student", DemoIds.For("student/sam")), scheduledStart = start, scheduledEnd = start.AddMinutes(45),
            },
        }));
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await using var db = graph.CreateContext();
        Assert.False(await db.Set<Lesson>().AnyAsync(l => l.ScheduledStart == start));
    }

    private async Task<JsonElement> CreateAsync(Role role, Guid teacher, DateTimeOffset start, int minutes) =>
        (await graph.RunAsAsync(Callers.As(role), Create, Vars(new
        {
            input = new
            {
                studioId = NodeId.Format("Studio", DemoIds.For("studio/main")),
                teacherId = NodeId.Format("Teacher", teacher),
                studentId = NodeId.Format("Student", DemoIds.For("student/sam")),
                scheduledStart = start,
                scheduledEnd = start.AddMinutes(minutes),
            },
        }))).GetProperty("createLesson");

    private static string? Error(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();

    private static string? MoveError(JsonElement data) => Error(data.GetProperty("updateLessonStatus"));

    /// <summary>A time <paramref name="days"/> from now, on the minute, apart from the demo lessons.</summary>
    private static DateTimeOffset Slot(int days)
    {
        var day = DateTimeOffset.UtcNow.AddDays(days);
        return new DateTimeOffset(day.Year, day.Month, day.Day, 6, 0, 0, TimeSpan.Zero);
    }
}
