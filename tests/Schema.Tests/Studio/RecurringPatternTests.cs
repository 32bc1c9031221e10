using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Studio;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Studio;

/// <summary>A recurring pattern's lessons, made by the database in the studio's time zone: across daylight-saving
/// changes and month ends, up to the end date or the horizon; made again when the pattern changes, cancelled when it
/// is deactivated.</summary>
public sealed class RecurringPatternTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private const string Create = """
        mutation($input: CreateRecurringPatternInput!) { createRecurringPattern(input: $input) {
          recurringPattern { id lessons(first: 100, order: { scheduledStart: ASC }) { totalCount nodes { scheduledStart scheduledEnd durationMinutes status } } }
          errors { __typename message } } }
        """;

    [Fact]
    public async Task Weekly_lessons_keep_their_wall_clock_time_across_a_daylight_saving_change()
    {
        // The next change of New York's offset, at least two weeks away.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var change = Enumerable.Range(15, 400).Select(today.AddDays)
            .First(d => NewYork.GetUtcOffset(d.ToDateTime(new TimeOnly(12, 0))) != NewYork.GetUtcOffset(d.AddDays(-1).ToDateTime(new TimeOnly(12, 0))));
        var (studio, teacher, student) = await SetUpAsync("dst", horizonDays: 500);

        var pattern = await CreateAsync(studio, teacher, student, "WEEKLY", change.DayOfWeek, "17:00", 45, change.AddDays(-14), change.AddDays(14));

        var lessons = pattern.GetProperty("lessons");
        Assert.Equal(5, lessons.GetProperty("totalCount").GetInt32());
        var starts = lessons.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("scheduledStart").GetDateTimeOffset()).ToList();
        Assert.All(starts, s => Assert.Equal(new TimeOnly(17, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(s, NewYork).DateTime)));
        Assert.Equal([change.AddDays(-14), change.AddDays(-7), change, change.AddDays(7), change.AddDays(14)],
            starts.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s, NewYork).DateTime)).ToList());
        // The UTC instant moves by the change of offset (one hour), the lessons stay 45 minutes long.
        Assert.Equal(TimeSpan.FromHours(1), (starts[1].UtcDateTime.TimeOfDay - starts[3].UtcDateTime.TimeOfDay).Duration());
        Assert.All(lessons.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(45, n.GetProperty("durationMinutes").GetInt32()));
    }

    [Fact]
    public async Task Monthly_lessons_fall_on_the_last_weekday_of_each_month_when_the_first_one_did()
    {
        var (studio, teacher, student) = await SetUpAsync("monthly", horizonDays: 730);
        // The last Friday of a month about a year ahead: months of 28 to 31 days follow.
        var month = new DateOnly(DateTime.UtcNow.Year + 1, 1, 1);
        var lastFriday = LastWeekday(month, DayOfWeek.Friday);

        var pattern = await CreateAsync(studio, teacher, student, "MONTHLY", DayOfWeek.Friday, "09:30", 60, lastFriday, lastFriday.AddMonths(5).AddDays(7));

        var days = pattern.GetProperty("lessons").GetProperty("nodes").EnumerateArray()
            .Select(n => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(n.GetProperty("scheduledStart").GetDateTimeOffset(), NewYork).DateTime)).ToList();
        Assert.Equal(Enumerable.Range(0, 6).Select(i => LastWeekday(month.AddMonths(i), DayOfWeek.Friday)).ToList(), days);
    }

    [Fact]
    public async Task Weekly_lessons_run_over_month_ends_and_stop_at_the_end_date_or_the_horizon()
    {
        // 62 days: whatever today is, the lessons to come cross a month end.
        var (studio, teacher, student) = await SetUpAsync("horizon", horizonDays: 62);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

        // No end date: the studio's 62 days decide.
        var open = await CreateAsync(studio, teacher, student, "WEEKLY", start.DayOfWeek, "08:00", 30, start, null);
        var count = open.GetProperty("lessons").GetProperty("totalCount").GetInt32();
        Assert.InRange(count, 8, 9);
        var last = open.GetProperty("lessons").GetProperty("nodes").EnumerateArray().Last().GetProperty("scheduledStart").GetDateTimeOffset();
        Assert.True(last <= DateTimeOffset.UtcNow.AddDays(64));
        Assert.Contains(open.GetProperty("lessons").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("scheduledStart").GetDateTimeOffset().Month != DateTimeOffset.UtcNow.AddDays(2).Month);

        // An end date before the horizon wins; BIWEEKLY skips a week.
        var biweekly = await CreateAsync(studio, teacher, student, "BIWEEKLY", start.DayOfWeek, "12:00", 30, start, start.AddDays(20));
        Assert.Equal(2, biweekly.GetProperty("lessons").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Changing_a_pattern_makes_its_lessons_to_come_again_and_deactivating_cancels_them()
    {
        var (studio, teacher, student) = await SetUpAsync("change", horizonDays: 120);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        var pattern = await CreateAsync(studio, teacher, student, "WEEKLY", start.DayOfWeek, "15:00", 30, start, start.AddDays(27));
        var id = pattern.GetProperty("id").GetString()!;
        Assert.Equal(4, pattern.GetProperty("lessons").GetProperty("totalCount").GetInt32());

        // A lesson already held stays as it is; the others move to the new time.
        await using (var db = graph.CreateContext())
        {
            Assert.True(NodeKeys.TryParse(id, "RecurringPattern", out var key));
            var held = await db.Set<Lesson>().Where(l => l.RecurringPatternId == key).OrderBy(l => l.ScheduledStart).FirstAsync();
            held.Status = LessonStatus.Completed;
            await db.SaveChangesAsync();
        }

        var updated = await graph.RunAsync("""
            mutation($id: ID!) { updateRecurringPattern(input: { id: $id, startTime: "18:15", durationMinutes: 50 }) {
              recurringPattern { lessons(order: { scheduledStart: ASC }) { nodes { scheduledStart durationMinutes status } } } errors { message } } }
            """, Vars(new { id }));
        var lessons = updated.GetProperty("updateRecurringPattern").GetProperty("recurringPattern").GetProperty("lessons").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(4, lessons.Count);
        Assert.Equal("COMPLETED", lessons[0].GetProperty("status").GetString());
        Assert.Equal(30, lessons[0].GetProperty("durationMinutes").GetInt32());
        Assert.All(lessons.Skip(1), l =>
        {
            Assert.Equal(new TimeOnly(18, 15), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(l.GetProperty("scheduledStart").GetDateTimeOffset(), NewYork).DateTime));
            Assert.Equal(50, l.GetProperty("durationMinutes").GetInt32());
            Assert.Equal("SCHEDULED", l.GetProperty("status").GetString());
        });

        var deactivated = await graph.RunAsync("""
            mutation($id: ID!) { updateRecurringPattern(input: { id: $id, isActive: false }) {
              recurringPattern { lessons(order: { scheduledStart: ASC }) { nodes { status cancellationReason } } } errors { message } } }
            """, Vars(new { id }));
        var after = deactivated.GetProperty("updateRecurringPattern").GetProperty("recurringPattern").GetProperty("lessons").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["COMPLETED", "CANCELLED", "CANCELLED", "CANCELLED"], after.Select(l => l.GetProperty("status").GetString()).ToList());
        Assert.All(after.Skip(1), l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("cancellationReason").GetString())));

        var reactivated = await graph.RunAsync("""
            mutation($id: ID!) { updateRecurringPattern(input: { id: $id, isActive: true }) {
              recurringPattern { lessons { nodes { status } } } errors { message } } }
            """, Vars(new { id }));
        Assert.Equal(["COMPLETED", "SCHEDULED", "SCHEDULED", "SCHEDULED"], reactivated.GetProperty("updateRecurringPattern").GetProperty("recurringPattern")
            .GetProperty("lessons").GetProperty("nodes").EnumerateArray().Select(l => l.GetProperty("status").GetString()).Order().ToList());
    }

    [Fact]
    public async Task A_pattern_that_would_double_book_its_teacher_is_refused_and_writes_nothing()
    {
        var (studio, teacher, student) = await SetUpAsync("clash", horizonDays: 60);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(4);
        await CreateAsync(studio, teacher, student, "WEEKLY", start.DayOfWeek, "10:00", 60, start, start.AddDays(21));
        await using var db = graph.CreateContext();
        var patterns = await db.Set<RecurringPattern>().CountAsync();

        var refused = await graph.RunAsync(Create, Vars(new { input = Input(studio, teacher, student, "WEEKLY", start.DayOfWeek, "10:30", 30, start, start.AddDays(21)) }));
        var payload = refused.GetProperty("createRecurringPattern");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("recurringPattern").ValueKind);
        Assert.Equal("ReservationConflictError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(patterns, await db.Set<RecurringPattern>().CountAsync());
    }

    [Fact]
    public async Task The_horizon_job_fills_the_days_newly_inside_the_horizon_once_however_many_servers_run_it()
    {
        var (studio, teacher, student) = await SetUpAsync("roll", horizonDays: 14);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var pattern = await CreateAsync(studio, teacher, student, "WEEKLY", start.DayOfWeek, "07:00", 30, start, null);
        Assert.True(NodeKeys.TryParse(pattern.GetProperty("id").GetString(), "RecurringPattern", out var key));
        var before = pattern.GetProperty("lessons").GetProperty("totalCount").GetInt32();
        Assert.InRange(before, 2, 3);

        // The studio looks further ahead (as days passing would bring new days inside it); the pattern is not written.
        await using (var db = graph.CreateContext())
            await db.Database.ExecuteSqlAsync($"UPDATE studios SET lesson_horizon_days = 70 WHERE id = {studio}");
        var job = new LessonHorizon(graph.Services.GetRequiredService<IDbContextFactory<Graph.Persistence.GraphDbContext>>(), NullLogger<LessonHorizon>.Instance);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => job.RunOnceAsync(CancellationToken.None))));

        await using var check = graph.CreateContext();
        var starts = await check.Set<Lesson>().Where(l => l.RecurringPatternId == key).Select(l => l.ScheduledStart).ToListAsync();
        Assert.InRange(starts.Count, 10, 11);
        Assert.Equal(starts.Count, starts.Distinct().Count());
        Assert.True(starts.Max() <= DateTimeOffset.UtcNow.AddDays(72));
        // Every week inside the new horizon has its lesson: consecutive lessons are seven days apart (DST moves the hour only).
        var ordered = starts.Order().ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.InRange((pair.Second - pair.First).TotalDays, 6.9, 7.1));
        // Run again: nothing left to do for this pattern.
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(starts.Count, await check.Set<Lesson>().CountAsync(l => l.RecurringPatternId == key));
    }

    private async Task<JsonElement> CreateAsync(Guid studio, Guid teacher, Guid student, string frequency, DayOfWeek day, string time, int minutes,
        DateOnly startDate, DateOnly? endDate)
    {
        var data = await graph.RunAsync(Create, Vars(new { input = Input(studio, teacher, student, frequency, day, time, minutes, startDate, endDate) }));
        var payload = data.GetProperty("createRecurringPattern");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("recurringPattern");
    }

    private static object Input(Guid studio, Guid teacher, Guid student, string frequency, DayOfWeek day, string time, int minutes, DateOnly startDate, DateOnly? endDate) => new
    {
        studioId = NodeId.Format("Studio", studio),
        teacherId = NodeId.Format("Teacher", teacher),
        studentId = NodeId.Format("Student", student),
        frequency,
        dayOfWeek = day.ToString().ToUpperInvariant(),
        startTime = time,
        durationMinutes = minutes,
        startDate = startDate.ToString("yyyy-MM-dd"),
        endDate = endDate?.ToString("yyyy-MM-dd"),
    };

    /// <summary>A studio in New York with one teacher (a fresh account) and one student, so the test's lessons meet no others.</summary>
    private async Task<(Guid Studio, Guid Teacher, Guid Student)> SetUpAsync(string key, int horizonDays)
    {
        await using var db = graph.CreateContext();
        var user = new User { Email = $"pattern-{key}@test.graph", FirstName = "Pat", LastName = key, Roles = [Role.Teacher] };
        var studio = new Persistence.Studio.Studio { Name = "Pattern " + key, Slug = "pattern-" + key, TimeZone = "America/New_York", LessonHorizonDays = horizonDays };
        var teacher = new Teacher { User = user, Studio = studio };
        var student = new Persistence.Programs.Student { FirstName = "Stu", LastName = key, Studio = studio };
        db.AddRange(user, studio, teacher, student);
        await db.SaveChangesAsync();
        return (studio.Id, teacher.Id, student.Id);
    }

    private static DateOnly LastWeekday(DateOnly month, DayOfWeek day)
    {
        var last = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }
}
