using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>An ensemble of a studio (seed 003), billed as one; its members are user accounts.</summary>
public sealed class Band : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public string Name { get; set; } = "";

    /// <summary>The band leader or contact.</summary>
    public Guid? PrimaryContactId { get; set; }

    public User? PrimaryContact { get; set; }

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public string? Notes { get; set; }

    public List<BandMember> Members { get; set; } = [];

    public List<Invoice> Invoices { get; set; } = [];

    /// <summary>Saved payment methods for its invoices.</summary>
    public List<PaymentMethod> PaymentMethods { get; set; } = [];
}

public sealed class BandConfiguration() : EntityConfiguration<Band>("bands")
{
    public override RowRule Readers { get; } = RowRule.For<Band>(
        "ADMIN; its primary contact and members; the studio's teachers",
        (b, v) => v.Has(Admin) || b.PrimaryContactId == v.UserId || b.Members.Any(m => m.UserId == v.UserId)
            || (v.Has(Role.Teacher) && StudioAccess.TeachesAtStudio(b.StudioId, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<Band> builder)
    {
        builder.HasOne(b => b.Studio).WithMany(s => s.Bands).HasForeignKey(b => b.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.PrimaryContact).WithMany().HasForeignKey(b => b.PrimaryContactId).OnDelete(DeleteBehavior.SetNull);
    }
}
