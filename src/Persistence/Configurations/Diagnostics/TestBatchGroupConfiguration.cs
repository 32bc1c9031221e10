using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class TestBatchGroupConfiguration() : EntityConfiguration<TestBatchGroup>("test_batch_groups")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TestBatchGroup> builder)
    {
        builder.HasOne(g => g.Booking).WithMany(b => b.BatchGroups).HasForeignKey(g => g.BookingId).OnDelete(DeleteBehavior.Cascade);
    }
}
