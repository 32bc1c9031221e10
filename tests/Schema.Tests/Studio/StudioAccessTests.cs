using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Tests.Care;
using Graph.Persistence.Seeding.Demo;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;

namespace Graph.Schema.Tests.Studio;

/// <summary>Who reads what of the studio: students, notes by their visibility, lessons, goals, plans, families, reservations.</summary>
public sealed class StudioAccessTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    [Theory]
    [InlineData(Role.Admin, "sam-for-everyone,sam-for-parents,sam-teacher-only")]
    [InlineData(Role.Teacher, "sam-for-everyone,sam-for-parents,sam-teacher-only")]
    [InlineData(Role.Student, "sam-for-everyone")]
    [InlineData(Role.Parent, "sam-for-everyone,sam-for-parents")]
    [InlineData(Role.Customer, "")]
    public async Task Lesson_notes_are_read_by_their_visibility(Role role, string expected) =>
        Assert.Equal(Ids("LessonNote", "note/", expected), await ReadAsync(role, "lessonNotes"));

    [Theory]
    [InlineData(Role.Teacher, "sam-speech-1,sam-cancelled,sam-no-show,sam-now,sam-next")]
    [InlineData(Role.Student, "sam-speech-1,sam-cancelled,sam-no-show,sam-now,sam-next")]
    [InlineData(Role.Parent, "sam-speech-1,sam-cancelled,sam-no-show,sam-now,sam-next")]
    [InlineData(Role.Customer, "")]
    public async Task Lessons_are_read_by_their_teacher_student_and_family(Role role, string expected) =>
        Assert.Equal(Ids("Lesson", "lesson/", expected), await ReadAsync(role, "lessons"));

    [Theory]
    [InlineData(Role.Teacher, "sam-recital,sam-scales")]
    [InlineData(Role.Student, "sam-recital,sam-scales")]
    [InlineData(Role.Parent, "sam-recital,sam-scales")]
    [InlineData(Role.Customer, "")]
    public async Task Goals_are_read_by_their_teacher_student_and_family(Role role, string expected) =>
        Assert.Equal(Ids("StudentGoal", "goal/", expected), await ReadAsync(role, "studentGoals"));

    [Fact]
    public async Task A_teacher_reads_their_own_plans_and_the_public_plans_of_their_studio()
    {
        Assert.Equal(Ids("LessonPlan", "plan/", "tom-first-lesson,nora-blues"), await ReadAsync(Role.Teacher, "lessonPlans"));
        Assert.Equal(Ids("LessonPlan", "plan/", "tom-first-lesson,nora-blues,nora-draft"), await ReadAsync(Role.Admin, "lessonPlans"));
    }

    [Theory]
    [InlineData(Role.Student, "pending,cancelled,confirmed,completed")]
    [InlineData(Role.Parent, "no-show")]
    [InlineData(Role.Teacher, "")]
    public async Task Reservations_are_read_by_whoever_made_them(Role role, string expected) =>
        Assert.Equal(Ids("RoomReservation", "reservation/", expected), await ReadAsync(role, "roomReservations"));

    [Theory]
    [InlineData(Role.Parent, "okafor")]
    [InlineData(Role.Teacher, "okafor,lin")]
    [InlineData(Role.Student, "")]
    public async Task Families_are_read_by_their_contact_and_the_studios_teachers(Role role, string expected) =>
        Assert.Equal(Ids("Family", "family/", expected), await ReadAsync(role, "families"));

    [Theory]
    [InlineData(Role.Teacher, "sam,maya,zoe")]
    [InlineData(Role.Parent, "sam")]
    [InlineData(Role.Student, "sam")]
    [InlineData(Role.Customer, "")]
    public async Task Students_are_read_by_the_teachers_of_their_studio_their_family_and_themselves(Role role, string expected) =>
        Assert.Equal(Ids("Student", "student/", expected), await ReadAsync(role, "students"));

    [Fact]
    public async Task A_teacher_reads_the_enrollments_and_attendance_of_their_students_only()
    {
        // Ethan, of the sales portal, is at no studio: his enrollment is SALES' business, not a teacher's.
        Assert.Equal(Ids("Enrollment", "enrollment/", "sam-speech,maya-piano,zoe-ot"), await ReadAsync(Role.Teacher, "enrollments"));
        Assert.Contains(NodeId.Format("Enrollment", DemoIds.For("enrollment/ethan-coaching")), await ReadAsync(Role.Sales, "enrollments"));
        Assert.Equal(Ids("AttendanceLog", "attendance/", "sam-in,sam-session,sam-out,zoe-in"), await ReadAsync(Role.Teacher, "attendanceLogs"));
    }

    [Fact]
    public async Task A_teacher_reads_a_student_of_another_studio_they_give_a_lesson_to()
    {
        await using var db = graph.CreateContext();
        var user = new User { Email = "guest-teacher@test.graph", FirstName = "Gus", LastName = "Guest", Roles = [Role.Teacher] };
        var studio = new Persistence.Studio.Studio { Name = "Elsewhere", Slug = "elsewhere", TimeZone = "UTC" };
        var teacher = new Persistence.Studio.Teacher { User = user, Studio = studio };
        db.AddRange(user, studio, teacher);
        await db.SaveChangesAsync();
        var caller = Graph.Schema.Authorization.Viewers.Principal(user.Id, [Role.Teacher]);
        var sam = NodeId.Format("Student", DemoIds.For("student/sam"));
        const string Read = "query($id: ID!) { node(id: $id) { id } }";
        Assert.Equal(JsonValueKind.Null, (await graph.RunAsAsync(caller, Read, QuestionnaireIntakeTests.Vars(new { id = sam }))).GetProperty("node").ValueKind);

        var start = new DateTimeOffset(2031, 9, 1, 8, 0, 0, TimeSpan.Zero);
        db.Add(new Persistence.Studio.Lesson
        {
            StudioId = studio.Id, TeacherId = teacher.Id, StudentId = DemoIds.For("student/sam"), ScheduledStart = start, ScheduledEnd = start.AddMinutes(30),
        });
        await db.SaveChangesAsync();
        Assert.Equal(sam, (await graph.RunAsAsync(caller, Read, QuestionnaireIntakeTests.Vars(new { id = sam }))).GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_teacher_issues_and_scans_the_codes_of_their_studios_students_only()
    {
        const string Issue = "mutation($id: ID!) { issueAttendanceQrToken(input: { studentId: $id }) { student { attendanceQrToken } errors { __typename } } }";
        const string Scan = """
            mutation($token: String!) { recordAttendance(input: { qrToken: $token, eventType: CENTER_CHECK_IN }) { attendanceLog { id } errors { __typename message } } }
            """;
        var zoe = NodeId.Format("Student", DemoIds.For("student/zoe"));
        var ethan = NodeId.Format("Student", DemoIds.For("student/ethan"));
        var teacher = Callers.As(Role.Teacher);
        var issued = (await graph.RunAsAsync(teacher, Issue, QuestionnaireIntakeTests.Vars(new { id = zoe }))).GetProperty("issueAttendanceQrToken");
        var token = issued.GetProperty("student").GetProperty("attendanceQrToken").GetString();
        var scanned = (await graph.RunAsAsync(teacher, Scan, QuestionnaireIntakeTests.Vars(new { token }))).GetProperty("recordAttendance");
        Assert.Equal(JsonValueKind.Null, scanned.GetProperty("errors").ValueKind);

        // Ethan is no studio's: his code is issued by ADMIN, and a teacher's scanner refuses it.
        Assert.Equal("NotFoundError", (await graph.RunAsAsync(teacher, Issue, QuestionnaireIntakeTests.Vars(new { id = ethan })))
            .GetProperty("issueAttendanceQrToken").GetProperty("errors")[0].GetProperty("__typename").GetString());
        var his = (await graph.RunAsync(Issue, QuestionnaireIntakeTests.Vars(new { id = ethan }))).GetProperty("issueAttendanceQrToken")
            .GetProperty("student").GetProperty("attendanceQrToken").GetString();
        var refused = (await graph.RunAsAsync(teacher, Scan, QuestionnaireIntakeTests.Vars(new { token = his }))).GetProperty("recordAttendance");
        Assert.Equal("InvalidAttendanceTokenError", refused.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Contains("a student you do not teach", refused.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private async Task<List<string>> ReadAsync(Role role, string connection)
    {
        var data = await graph.RunAsAsync(Callers.As(role), $"{{ {connection}(first: 50) {{ nodes {{ id }} }} }}");
        return [.. data.GetProperty(connection).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order()];
    }

    private static List<string> Ids(string type, string prefix, string keys) =>
        [.. keys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => NodeId.Format(type, DemoIds.For(prefix + k))).Order()];
}
