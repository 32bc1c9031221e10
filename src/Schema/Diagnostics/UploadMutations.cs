using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Uploads;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Diagnostics;

public sealed record UploadPrescriptionInput([property: ID] string BookingId, IFile File);

public sealed class UploadPrescriptionPayload
{
    public PrescriptionUpload? PrescriptionUpload { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed record UploadTestReportFileInput([property: ID] string TestReportId, IFile File);

public sealed class UploadTestReportFilePayload
{
    public TestReport? TestReport { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

public sealed record VerifyPrescriptionUploadInput([property: ID] string PrescriptionUploadId, string? VerificationNotes = null);

public sealed class VerifyPrescriptionUploadPayload
{
    public PrescriptionUpload? PrescriptionUpload { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

/// <summary>
/// Files sent by the GraphQL multipart request specification (<see cref="UploadType"/>), stored by <see cref="FileStorage"/>
/// (PDF, JPEG or PNG by their bytes, within the size limit, by a random name) and downloaded from the URL the row gets.
/// A refused upload stores nothing; a file whose row is not written is removed.
/// </summary>
[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class UploadMutations
{
    [Authorize(Roles = ["ADMIN", "LAB_TECH", "CUSTOMER"])]
    [GraphQLDescription("Uploads a prescription or test form (PDF, JPEG or PNG) for a booking: its customer, ADMIN or LAB_TECH.")]
    public async Task<UploadPrescriptionPayload> UploadPrescription(
        UploadPrescriptionInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox,
        [Service] FileStorage storage, CancellationToken cancellationToken)
    {
        var viewer = Viewers.Of(context);
        var booking = NodeKeys.TryParse(input.BookingId, "Booking", out var key)
            ? await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == key, cancellationToken)
            : null;
        if (booking is null || (booking.UserId != viewer.UserId && !viewer.HasAny(Admin, LabTech)))
            return new UploadPrescriptionPayload { Errors = [NotFoundError.For("Booking", input.BookingId)] };

        var (storedName, mediaType, refusal) = await storage.SaveAsync(input.File, cancellationToken);
        if (refusal is not null)
            return new UploadPrescriptionPayload { Errors = [new ValidationError(refusal, "file")] };

        var now = DateTimeOffset.UtcNow;
        var upload = new PrescriptionUpload
        {
            Id = Guid.CreateVersion7(),
            BookingId = booking.Id,
            UserId = viewer.UserId,
            FileUrl = StoredFile.Url(storedName!),
            FileName = string.IsNullOrWhiteSpace(input.File.Name) ? storedName! : input.File.Name,
            FileType = mediaType!,
            FileSizeBytes = input.File.Length,
            StoredName = storedName!,
            UploadedAt = now,
        };
        await SaveAsync(db, outbox, storage, storedName!, upload,
            new NodeChange(ChangeOperation.Created, "PrescriptionUpload", upload.Id, ["booking", "user", "fileUrl", "fileName", "fileType", "fileSizeBytes", "uploadedAt"], now), cancellationToken);
        return new UploadPrescriptionPayload { PrescriptionUpload = upload };
    }

    [Authorize(Roles = ["ADMIN", "LAB_TECH"])]
    [GraphQLDescription("Uploads a test report's document (PDF, JPEG or PNG); `reportFileUrl` then points at it.")]
    public async Task<UploadTestReportFilePayload> UploadTestReportFile(
        UploadTestReportFileInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, [Service] FileStorage storage, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(input.TestReportId, "TestReport", out var key) || !await db.Set<TestReport>().AnyAsync(r => r.Id == key, cancellationToken))
            return new UploadTestReportFilePayload { Errors = [NotFoundError.For("TestReport", input.TestReportId)] };

        var (storedName, _, refusal) = await storage.SaveAsync(input.File, cancellationToken);
        if (refusal is not null)
            return new UploadTestReportFilePayload { Errors = [new ValidationError(refusal, "file")] };

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var report = await LockedRows.FindForUpdateAsync<TestReport>(db, key, cancellationToken);
        if (report is null)
        {
            storage.Delete(storedName!);
            return new UploadTestReportFilePayload { Errors = [NotFoundError.For("TestReport", input.TestReportId)] };
        }

        report.ReportFileUrl = StoredFile.Url(storedName!);
        await SaveAsync(db, outbox, storage, storedName!, null,
            new NodeChange(ChangeOperation.Updated, "TestReport", report.Id, ["reportFileUrl"], DateTimeOffset.UtcNow), cancellationToken, transaction);
        return new UploadTestReportFilePayload { TestReport = report };
    }

    [Authorize(Roles = ["ADMIN"])]
    [GraphQLDescription("Records that an admin checked a prescription: `verifiedBy` is the caller, with their notes.")]
    public async Task<VerifyPrescriptionUploadPayload> VerifyPrescriptionUpload(
        VerifyPrescriptionUploadInput input, IResolverContext context, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        if (!NodeKeys.TryParse(input.PrescriptionUploadId, "PrescriptionUpload", out var key))
            return new VerifyPrescriptionUploadPayload { Errors = [NotFoundError.For("PrescriptionUpload", input.PrescriptionUploadId)] };
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var upload = await LockedRows.FindForUpdateAsync<PrescriptionUpload>(db, key, cancellationToken);
        if (upload is null)
            return new VerifyPrescriptionUploadPayload { Errors = [NotFoundError.For("PrescriptionUpload", input.PrescriptionUploadId)] };

        var now = DateTimeOffset.UtcNow;
        upload.VerifiedById = Viewers.Of(context).UserId;
        upload.VerifiedAt = now;
        upload.VerificationNotes = input.VerificationNotes;
        var events = ChangeCommit.Announce(db, outbox, new NodeChange(ChangeOperation.Updated, "PrescriptionUpload", upload.Id, ["verifiedBy", "verifiedAt", "verificationNotes"], now).Event);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        return new VerifyPrescriptionUploadPayload { PrescriptionUpload = upload };
    }

    /// <summary>Adds <paramref name="row"/> (if any) and the event, saves and commits; the stored file goes when that fails.</summary>
    private static async Task SaveAsync(
        GraphDbContext db, IEventOutbox outbox, FileStorage storage, string storedName, PrescriptionUpload? row, NodeChange change,
        CancellationToken cancellationToken, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction = null)
    {
        try
        {
            if (row is not null)
                db.Add(row);
            var events = ChangeCommit.Announce(db, outbox, change.Event);
            await db.SaveChangesAsync(cancellationToken);
            await ChangeCommit.CommitAsync(transaction, outbox, events, cancellationToken);
        }
        catch
        {
            storage.Delete(storedName);
            throw;
        }
    }
}
