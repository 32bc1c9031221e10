using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

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

public sealed class TestReportConfiguration() : EntityConfiguration<TestReport>("test_reports")
{
    public override RowRule Readers { get; } = RowRule.For<TestReport>(
        "the booking's customer once it is VERIFIED or DELIVERED; ADMIN, LAB_TECH, ANALYST",
        (r, v) => v.HasAny(Admin, LabTech, Analyst)
            || (r.BookingItem.Booking.UserId == v.UserId && (r.Status == TestReportStatus.Verified || r.Status == TestReportStatus.Delivered)));

    protected override void ConfigureEntity(EntityTypeBuilder<TestReport> builder)
    {
        // One test in a booking is one report: the unique booking_item_id makes this one-to-one.
        builder.HasOne(r => r.BookingItem).WithOne(i => i.Report).HasForeignKey<TestReport>(r => r.BookingItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Pet).WithMany(p => p.Reports).HasForeignKey(r => r.PetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.LabTest).WithMany().HasForeignKey(r => r.LabTestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.BatchGroup).WithMany(g => g.Reports).HasForeignKey(r => r.BatchGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.Status).IsEnumText();
    }
}
