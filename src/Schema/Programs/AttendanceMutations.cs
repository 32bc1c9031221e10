using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Persistence.Studio;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Programs;

public sealed record AttendanceQrTokenInput([property: ID] string StudentId);

public sealed record RecordAttendanceInput(
    [property: GraphQLDescription("The code scanned from the student's QR.")] string QrToken,
    AttendanceEventType EventType,
    [property: ID, GraphQLDescription("The lesson of a SESSION_CHECK_IN (required there, refused otherwise).")] string? SessionId = null);

public sealed class AttendanceQrTokenPayload
{
    public Student? Student { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed class RecordAttendancePayload
{
    public AttendanceLog? AttendanceLog { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }

    internal static RecordAttendancePayload Failed(IMutationError error) => new() { Errors = [error] };
}

[GraphQLDescription("The QR code is forged, altered, or was revoked or replaced.")]
public sealed record InvalidAttendanceTokenError(string Message) : IMutationError;

/// <summary>Attendance by QR code (seed 000): staff issue and revoke a student's code; the scanner records check-ins and
/// check-outs with it. A forged or revoked code records nothing.</summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class AttendanceMutations
{
    [Authorize(Roles = ["ADMIN", "TEACHER"])]
    [GraphQLDescription("Issues the student a new attendance QR token; the previous one stops working.")]
    public Task<AttendanceQrTokenPayload> IssueAttendanceQrToken(
        AttendanceQrTokenInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, [Service] AttendanceTokens tokens, CancellationToken cancellationToken) =>
        SetTokenAsync(db, outbox, input.StudentId, tokens.Issue, cancellationToken);

    [Authorize(Roles = ["ADMIN", "TEACHER"])]
    [GraphQLDescription("Revokes the student's attendance QR token: scans of it record nothing until a new one is issued.")]
    public Task<AttendanceQrTokenPayload> RevokeAttendanceQrToken(
        AttendanceQrTokenInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken) =>
        SetTokenAsync(db, outbox, input.StudentId, _ => null, cancellationToken);

    [Authorize(Roles = ["ADMIN", "TEACHER"])]
    [GraphQLDescription("Records a scan of a student's QR code: a center check-in or check-out, or a check-in to a lesson.")]
    public async Task<RecordAttendancePayload> RecordAttendance(
        RecordAttendanceInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, [Service] AttendanceTokens tokens,
        CancellationToken cancellationToken)
    {
        Guid? lesson = null;
        if (input.EventType == AttendanceEventType.SessionCheckIn)
        {
            if (!NodeKeys.TryParse(input.SessionId, "Lesson", out var key))
                return RecordAttendancePayload.Failed(new ValidationError("A session check-in needs the ID of its lesson.", "sessionId"));
            lesson = key;
        }
        else if (input.SessionId is not null)
        {
            return RecordAttendancePayload.Failed(new ValidationError("Only a SESSION_CHECK_IN is against a lesson.", "sessionId"));
        }

        if (tokens.Read(input.QrToken) is not { } studentId)
            return RecordAttendancePayload.Failed(new InvalidAttendanceTokenError("The QR code is not one of ours."));
        // The code's holder is at the scanner, so telling a replaced code from a student who is not the scanner's leaks nothing.
        var current = await db.Set<Student>().IgnoreQueryFilters().Where(s => s.Id == studentId).Select(s => s.AttendanceQrToken).SingleOrDefaultAsync(cancellationToken);
        if (current != input.QrToken)
            return RecordAttendancePayload.Failed(new InvalidAttendanceTokenError("The QR code was revoked or replaced."));
        if (!await db.Set<Student>().AnyAsync(s => s.Id == studentId, cancellationToken))
            return RecordAttendancePayload.Failed(new InvalidAttendanceTokenError("The QR code is of a student you do not teach (a teacher scans the students of their studios)."));
        if (lesson is { } lessonId && !await db.Set<Lesson>().IgnoreQueryFilters().AnyAsync(l => l.Id == lessonId && l.StudentId == studentId, cancellationToken))
            return RecordAttendancePayload.Failed(new ValidationError("No lesson of this student has this ID.", "sessionId"));

        var log = new AttendanceLog
        {
            Id = Guid.CreateVersion7(),
            StudentId = studentId,
            LessonId = lesson,
            EventType = input.EventType,
            RecordedAt = DateTimeOffset.UtcNow,
            RecordedById = await PayInstallmentMutations.CallerAsync(context, db, cancellationToken),
        };
        db.Add(log);
        var events = ChangeCommit.Announce(db, outbox,
            new NodeChange(ChangeOperation.Created, "AttendanceLog", log.Id, ["student", "lessonId", "eventType", "recordedAt", "recordedBy"], log.RecordedAt).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(null, outbox, events, cancellationToken);
        return new RecordAttendancePayload { AttendanceLog = log };
    }

    private static async Task<AttendanceQrTokenPayload> SetTokenAsync(
        GraphDbContext db, IEventOutbox outbox, string id, Func<Guid, string?> token, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(id, "Student", out var key))
            return new AttendanceQrTokenPayload { Errors = [NotFoundError.For("Student", id)] };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var student = await LockedRows.FindForUpdateAsync<Student>(db, key, cancellationToken);
        if (student is null)
            return new AttendanceQrTokenPayload { Errors = [NotFoundError.For("Student", id)] };
        student.AttendanceQrToken = token(key);
        var events = ChangeCommit.Announce(db, outbox, new NodeChange(ChangeOperation.Updated, "Student", key, ["attendanceQrToken"], DateTimeOffset.UtcNow).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        return new AttendanceQrTokenPayload { Student = student };
    }
}
