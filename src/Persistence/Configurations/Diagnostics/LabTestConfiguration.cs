using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class LabTestConfiguration() : EntityConfiguration<LabTest>("lab_tests")
{
    protected override void ConfigureEntity(EntityTypeBuilder<LabTest> builder)
    {
        builder.HasOne(t => t.Category).WithMany(c => c.LabTests).HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.CategoryId, t.Name }).IsUnique();
        builder.Property(t => t.Price).IsMoney();
        builder.Property(t => t.DiscountedPrice).IsMoney();
        builder.Property(t => t.SampleQuantityMl).HasPrecision(6, 2);
    }
}
