using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Programs;

/// <summary>What is sold and enrolled in: seed 000's therapy_programs, seed 002's Program. Names are unique.</summary>
public sealed class Program : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The list price; an enrollment's contract value may differ.</summary>
    public decimal? Price { get; set; }

    public int? DurationWeeks { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Enrollment> Enrollments { get; set; } = [];
}

public sealed class ProgramConfiguration() : EntityConfiguration<Program>("programs")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Program> builder)
    {
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Price).IsMoney();
    }
}
