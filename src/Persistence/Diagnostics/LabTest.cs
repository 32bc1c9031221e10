using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Diagnostics;

/// <summary>A test the lab offers (seed 001's <c>tests</c> table); unique by name within its category.</summary>
public sealed class LabTest : Entity
{
    public Guid CategoryId { get; set; }

    public TestCategory Category { get; set; } = null!;

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public decimal Price { get; set; }

    public decimal? DiscountedPrice { get; set; }

    /// <summary>"Blood", "Urine", "Swab", ….</summary>
    public string? SampleType { get; set; }

    public int? ReportTimeHours { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>"EDTA", "SST", "Heparin", ….</summary>
    public string? TubeType { get; set; }

    public decimal? SampleQuantityMl { get; set; }

    public string? SampleCollectionInstructions { get; set; }

    /// <summary>Turnaround time; the seed calls it an alias of <see cref="ReportTimeHours"/> but lists both.</summary>
    public int? TatHours { get; set; }
}

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
