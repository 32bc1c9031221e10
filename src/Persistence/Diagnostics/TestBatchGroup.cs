using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>Reports of one booking grouped for billing and analytics (a "Wellness Panel").</summary>
public sealed class TestBatchGroup : Entity
{
    public Guid BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    public string? BatchName { get; set; }

    public string? Description { get; set; }

    public List<TestReport> Reports { get; set; } = [];
}

public sealed class TestBatchGroupConfiguration() : EntityConfiguration<TestBatchGroup>("test_batch_groups")
{
    public override RowRule Readers { get; } = RowRule.For<TestBatchGroup>(
        "ADMIN, LAB_TECH, ANALYST",
        (g, v) => v.HasAny(Admin, LabTech, Analyst));

    protected override void ConfigureEntity(EntityTypeBuilder<TestBatchGroup> builder)
    {
        builder.HasOne(g => g.Booking).WithMany(b => b.BatchGroups).HasForeignKey(g => g.BookingId).OnDelete(DeleteBehavior.Cascade);
    }
}
