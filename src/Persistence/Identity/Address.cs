using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Identity;

/// <summary>A user's postal address (seed 001's addresses); at most one per user is the default.</summary>
public sealed class Address : Entity
{
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>"Home", "Clinic", ….</summary>
    public string? Label { get; set; }

    public string AddressLine1 { get; set; } = "";

    public string? AddressLine2 { get; set; }

    public string City { get; set; } = "";

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public bool IsDefault { get; set; }
}

public sealed class AddressConfiguration() : EntityConfiguration<Address>("addresses")
{
    public override RowRule Readers { get; } = RowRule.For<Address>(
        "its user; ADMIN, COLLECTOR",
        (a, v) => v.HasAny(Admin, Collector) || a.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<Address> builder)
    {
        builder.HasOne(a => a.User).WithMany(u => u.Addresses).HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Latitude).HasPrecision(9, 6);
        builder.Property(a => a.Longitude).HasPrecision(9, 6);
    }
}
