using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class TestReportConfiguration() : EntityConfiguration<TestReport>("test_reports")
{
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
