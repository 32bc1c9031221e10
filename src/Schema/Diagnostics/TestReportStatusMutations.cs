using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

public sealed record UpdateTestReportStatusInput([property: ID] string TestReportId, TestReportStatus Status);

public sealed class UpdateTestReportStatusPayload
{
    public TestReport? TestReport { get; init; }

    public IReadOnlyList<IMutationError>? Errors { get; init; }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class TestReportStatusMutations
{
    [GraphQLIgnore]
    public static StatusField<TestReport, TestReportStatus> Status { get; } = new(
        "TestReport", TestReportStatusSubscriptions.Field, TestReportTransitions.Table, r => r.Status, Apply);

    [Authorize(Roles = ["ADMIN", "LAB_TECH", "ANALYST"])]
    [GraphQLDescription("Moves a test report on (generated, verified, delivered), stamping when it happened.")]
    public async Task<UpdateTestReportStatusPayload> UpdateTestReportStatus(
        UpdateTestReportStatusInput input, [Service] GraphDbContext db, [Service] IEventOutbox outbox, CancellationToken cancellationToken)
    {
        var (report, error) = await StatusMutation.ChangeAsync(Status, db, outbox, input.TestReportId, input.Status, cancellationToken);
        return new UpdateTestReportStatusPayload { TestReport = report, Errors = error is null ? null : [error] };
    }

    private static void Apply(TestReport report, TestReportStatus status, DateTimeOffset at)
    {
        report.Status = status;
        switch (status)
        {
            case TestReportStatus.Generated:
                report.GeneratedAt = at;
                break;
            case TestReportStatus.Verified:
                report.VerifiedAt = at;
                break;
            case TestReportStatus.Delivered:
                report.DeliveredAt = at;
                break;
        }
    }
}
