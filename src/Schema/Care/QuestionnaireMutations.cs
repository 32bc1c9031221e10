using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Engine;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Care;

public sealed record SubmitMedicalQuestionnaireInput(
    [property: GraphQLDescription("The booking the questionnaire belongs to: 1 to 100 letters, digits, `_` or `-`. Submitting it again with the same data answers the same receipt.")] string BookingUid,
    [property: GraphQLDescription("The answers, a JSON object of at most `Care:Questionnaire:MaxSubmissionBytes` (64 KB). `email`, `phone`, `firstName`, `lastName` and `dateOfBirth` (YYYY-MM-DD) identify the patient; `medicalBackground` (an object) becomes their medical background.")] JsonElement SubmissionData);

public sealed class SubmitMedicalQuestionnairePayload
{
    [GraphQLDescription("The booking the receipt is for; null when refused.")]
    public string? BookingUid { get; init; }

    [GraphQLDescription("Where the submission stands: PROCESSED, FAILED, or SUBMITTED while processing is pending.")]
    public SubmissionStatus? Status { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed record ProcessMedicalQuestionnaireSubmissionInput([property: ID] string SubmissionId);

public sealed class ProcessMedicalQuestionnaireSubmissionPayload
{
    public MedicalQuestionnaireSubmission? Submission { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>
/// <c>submitMedicalQuestionnaire</c>: open to anonymous callers, limited per client, idempotent per booking (the unique
/// constraint on <c>booking_uid</c> settles concurrent duplicates), then processed (<see cref="QuestionnaireProcessing"/>).
/// The answer is a receipt, never the submission: an anonymous caller cannot read medical data back.
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed partial class QuestionnaireMutations
{
    public const string BookingUidConstraint = "medical_questionnaire_submissions_booking_uid_key";

    [GraphQLDescription("Submits a medical questionnaire for a booking (anyone, signed in or not; rate limited per client). "
        + "The same booking with the same data answers the same receipt; with other data it is a `ValidationError`.")]
    public async Task<SubmitMedicalQuestionnairePayload> SubmitMedicalQuestionnaire(
        SubmitMedicalQuestionnaireInput input,
        IResolverContext context,
        [Service] IDbContextFactory<GraphDbContext> contexts,
        [Service] IEventOutbox outbox,
        [Service] QuestionnaireRateLimiter limiter,
        [Service] IOptions<QuestionnaireIntakeOptions> options,
        CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(ClientKeys.Of(context)) is { } retryAfter)
        {
            throw new GraphQLException(new GraphQLError(
                $"Too many questionnaire submissions from this client; retry in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                extensions: new Dictionary<string, object?> { ["code"] = "RATE_LIMITED", ["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.TotalSeconds) }));
        }

        if (Validate(input, options.Value) is { } refused)
            return new SubmitMedicalQuestionnairePayload { Errors = [refused] };

        // The intake is the platform's: it reads and writes as the system, whoever calls.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var submission = new MedicalQuestionnaireSubmission { BookingUid = input.BookingUid, SubmissionData = input.SubmissionData };
        db.Add(submission);
        var events = ChangeCommit.Announce(db, outbox, new NodeChange(
            ChangeOperation.Created, nameof(MedicalQuestionnaireSubmission), submission.Id, ["bookingUid", "submissionData"], DateTimeOffset.UtcNow).Event);
        Guid id;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await ChangeCommit.CommitAsync(null, outbox, events, cancellationToken);
            id = submission.Id;
        }
        catch (DbUpdateException exception) when (exception.InnerException is Npgsql.PostgresException { SqlState: "23505", ConstraintName: BookingUidConstraint })
        {
            // A submission of this booking exists (committed before ours, or concurrently): the same data is the same request.
            db.ChangeTracker.Clear();
            var existing = await db.Database
                .SqlQuery<ExistingSubmission>($"SELECT id AS \"Id\", submission_data = {input.SubmissionData.GetRawText()}::jsonb AS \"Same\" FROM medical_questionnaire_submissions WHERE booking_uid = {input.BookingUid}")
                .SingleAsync(cancellationToken);
            if (!existing.Same)
            {
                return new SubmitMedicalQuestionnairePayload
                {
                    Errors = [new ValidationError("This booking's questionnaire was already submitted with other answers.", "bookingUid")],
                };
            }

            id = existing.Id;
        }

        var status = await QuestionnaireProcessing.ProcessAsync(db, outbox, id, cancellationToken);
        return new SubmitMedicalQuestionnairePayload { BookingUid = input.BookingUid, Status = status };
    }

    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Processes a submission still SUBMITTED (its intake was interrupted); a processed or failed one answers as it is.")]
    public async Task<ProcessMedicalQuestionnaireSubmissionPayload> ProcessMedicalQuestionnaireSubmission(
        ProcessMedicalQuestionnaireSubmissionInput input,
        [Service] IDbContextFactory<GraphDbContext> contexts,
        [Service] IEventOutbox outbox,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!Relay.NodeKeys.TryParse(input.SubmissionId, nameof(MedicalQuestionnaireSubmission), out var key)
            || !await db.Set<MedicalQuestionnaireSubmission>().AnyAsync(s => s.Id == key, cancellationToken))
            return new ProcessMedicalQuestionnaireSubmissionPayload { Errors = [NotFoundError.For(nameof(MedicalQuestionnaireSubmission), input.SubmissionId)] };

        await QuestionnaireProcessing.ProcessAsync(db, outbox, key, cancellationToken);
        db.ChangeTracker.Clear();
        return new ProcessMedicalQuestionnaireSubmissionPayload { Submission = await db.Set<MedicalQuestionnaireSubmission>().SingleAsync(s => s.Id == key, cancellationToken) };
    }

    private sealed record ExistingSubmission(Guid Id, bool Same);

    private static ValidationError? Validate(SubmitMedicalQuestionnaireInput input, QuestionnaireIntakeOptions options)
    {
        if (!BookingUidPattern().IsMatch(input.BookingUid))
            return new ValidationError("`bookingUid` must be 1 to 100 letters, digits, `_` or `-`.", "bookingUid");
        if (input.SubmissionData.ValueKind != JsonValueKind.Object)
            return new ValidationError("`submissionData` must be a JSON object.", "submissionData");
        if (System.Text.Encoding.UTF8.GetByteCount(input.SubmissionData.GetRawText()) > options.MaxSubmissionBytes)
            return new ValidationError($"`submissionData` is larger than {options.MaxSubmissionBytes} bytes.", "submissionData");
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex BookingUidPattern();
}
