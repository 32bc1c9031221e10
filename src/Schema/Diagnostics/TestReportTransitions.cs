using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Diagnostics.TestReportStatus;

namespace Graph.Schema.Diagnostics;

/// <summary>A report is generated, verified, then delivered, in that order; a delivered report is final.</summary>
public static class TestReportTransitions
{
    public static StatusTransitions<TestReportStatus> Table { get; } = new StatusTransitions<TestReportStatus>()
        .From(Pending, Generated)
        .From(Generated, Verified)
        .From(Verified, Delivered)
        .From(Delivered);
}
