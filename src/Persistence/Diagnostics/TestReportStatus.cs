namespace Graph.Persistence.Diagnostics;

public enum TestReportStatus
{
    Pending,
    Generated,
    Verified,
    Delivered,
}
