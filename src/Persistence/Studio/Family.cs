using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>Students of one household, billed together (seed 003); the primary contact is the parent or guardian.</summary>
public sealed class Family : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public string Name { get; set; } = "";

    public Guid? PrimaryContactId { get; set; }

    public User? PrimaryContact { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Address { get; set; }

    public string? BillingEmail { get; set; }

    public List<Student> Students { get; set; } = [];

    public List<Invoice> Invoices { get; set; } = [];

    /// <summary>Saved payment methods for its invoices.</summary>
    public List<PaymentMethod> PaymentMethods { get; set; } = [];
}

public sealed class FamilyConfiguration() : EntityConfiguration<Family>("families")
{
    public override RowRule Readers { get; } = RowRule.For<Family>(
        "ADMIN; its primary contact; the studio's teachers",
        (f, v) => v.Has(Admin) || f.PrimaryContactId == v.UserId || (v.Has(Role.Teacher) && StudioAccess.TeachesAtStudio(f.StudioId, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<Family> builder)
    {
        builder.HasOne(f => f.Studio).WithMany(s => s.Families).HasForeignKey(f => f.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.PrimaryContact).WithMany().HasForeignKey(f => f.PrimaryContactId).OnDelete(DeleteBehavior.SetNull);
    }
}
