using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Diagnostics;

/// <summary>One test an offer is limited to (a row of seed 001's applicable_tests list); unique per offer.</summary>
public sealed class OfferLabTest : Entity
{
    public Guid OfferId { get; set; }

    public Offer Offer { get; set; } = null!;

    public Guid LabTestId { get; set; }

    public LabTest LabTest { get; set; } = null!;
}

public sealed class OfferLabTestConfiguration() : EntityConfiguration<OfferLabTest>("offer_lab_tests")
{
    protected override void ConfigureEntity(EntityTypeBuilder<OfferLabTest> builder)
    {
        builder.HasOne(t => t.Offer).WithMany(o => o.ApplicableTests).HasForeignKey(t => t.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.LabTest).WithMany().HasForeignKey(t => t.LabTestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.OfferId, t.LabTestId }).IsUnique();
    }
}
