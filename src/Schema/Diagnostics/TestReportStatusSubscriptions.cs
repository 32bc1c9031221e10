using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

[GraphQLDescription("A test report moved to another status.")]
public sealed class TestReportStatusChangedEvent
{
    [GraphQLDescription("The report as it is now.")]
    public required TestReport TestReport { get; init; }

    public TestReportStatus PreviousStatus { get; init; }

    public TestReportStatus Status { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class TestReportStatusSubscriptions
{
    public const string Field = "testReportStatusChanged";

    [GraphQLDescription("Status changes of one test report, or of every report the caller may see when no ID is given.")]
    public Task<IAsyncEnumerable<TestReportStatusChangedEvent>> TestReportStatusChanged(IResolverContext context, [ID] string? testReportId = null) =>
        StatusChangeStream.SubscribeAsync<TestReport, TestReportStatusChangedEvent>(context, Field, "TestReport", testReportId, static (report, change) => new()
        {
            TestReport = report,
            PreviousStatus = StatusTransitions<TestReportStatus>.Parse(change.PreviousStatus),
            Status = StatusTransitions<TestReportStatus>.Parse(change.Status),
            ChangedAt = change.ChangedAt,
        });
}
