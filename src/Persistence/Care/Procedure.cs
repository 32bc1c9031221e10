using System.Text.Json;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Care;

/// <summary>A procedure a provider offers, with a JSON price range (seed 004's procedures). Soft deleted.</summary>
public sealed class Procedure : Entity, ISoftDeleted
{
    public Guid ProviderId { get; set; }

    public Provider Provider { get; set; } = null!;

    public string Name { get; set; } = "";

    public string Category { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>A JSON object such as <c>{"min": 1200, "max": 2500, "currency": "EUR"}</c> (jsonb, GIN indexed).</summary>
    public JsonElement? PriceRange { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset? DeletedAt { get; set; }
}

public sealed class ProcedureConfiguration() : EntityConfiguration<Procedure>("procedures")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasOne(p => p.Provider).WithMany(p => p.Procedures).HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.PriceRange).HasColumnType("jsonb");
    }
}
