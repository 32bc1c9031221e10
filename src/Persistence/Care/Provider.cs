using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Care;

/// <summary>A clinic, hospital or doctor (seed 004's providers): a public directory entry. A user linked by
/// <see cref="UserId"/> acts for the provider (role PROVIDER). Soft deleted.</summary>
public sealed class Provider : Entity, ISoftDeleted
{
    /// <summary>The account that acts for this provider.</summary>
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string Name { get; set; } = "";

    public ProviderType Type { get; set; }

    /// <summary>Specialties (text[], GIN indexed).</summary>
    public List<string> Specialty { get; set; } = [];

    /// <summary>A JSON object: address, city, country, coordinates… (jsonb, GIN indexed).</summary>
    public JsonElement Location { get; set; }

    /// <summary>A JSON object: phone, email, website… (jsonb, GIN indexed).</summary>
    public JsonElement ContactInfo { get; set; }

    public bool IsVerified { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset? DeletedAt { get; set; }

    public List<Procedure> Procedures { get; set; } = [];

    public List<Consultation> Consultations { get; set; } = [];
}

public sealed class ProviderConfiguration() : EntityConfiguration<Provider>("providers")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Provider> builder)
    {
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Type).IsEnumText();
        builder.PrimitiveCollection(p => p.Specialty).IsRequired();
        builder.Property(p => p.Location).HasColumnType("jsonb");
        builder.Property(p => p.ContactInfo).HasColumnType("jsonb");
    }
}
