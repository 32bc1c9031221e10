using Graph.Persistence.Model;

namespace Graph.Persistence.Diagnostics;

/// <summary>The result of one booking item: one test in a booking is one report (unique booking item).</summary>
public sealed class TestReport : Entity
{
    public Guid BookingItemId { get; set; }

    public BookingItem BookingItem { get; set; } = null!;

    public Guid PetId { get; set; }

    public Pet Pet { get; set; } = null!;

    /// <summary>Seed 001's test_id.</summary>
    public Guid LabTestId { get; set; }

    public LabTest LabTest { get; set; } = null!;

    public Guid? BatchGroupId { get; set; }

    public TestBatchGroup? BatchGroup { get; set; }

    public string? ReportFileUrl { get; set; }

    /// <summary>The doctor's findings.</summary>
    public string? Findings { get; set; }

    public TestReportStatus Status { get; set; } = TestReportStatus.Pending;

    public DateTimeOffset? GeneratedAt { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
