using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A saved payment method for recurring billing (seed 003) of a family or of a band, exactly one of them. Only the last
/// four digits are ever stored (a check refuses anything else); the card or account itself stays with Stripe. At most one
/// active method of an owner is its default: a partial unique index, so two concurrent requests cannot both make one.
/// </summary>
public sealed class PaymentMethod : Entity
{
    public Guid? FamilyId { get; set; }

    public Family? Family { get; set; }

    public Guid? BandId { get; set; }

    public Band? Band { get; set; }

    public PaymentMethodType PaymentType { get; set; }

    /// <summary>Exactly four digits.</summary>
    public string LastFour { get; set; } = "";

    /// <summary>Stripe's reference (<c>pm_…</c>); unique.</summary>
    public string? StripePaymentMethodId { get; set; }

    public bool IsDefault { get; set; }

    public bool IsActive { get; set; } = true;
}

public enum PaymentMethodType
{
    CreditCard,
    DebitCard,
    BankAccount,
}

public sealed class PaymentMethodConfiguration() : EntityConfiguration<PaymentMethod>("payment_methods")
{
    public override RowRule Readers { get; } = RowRule.For<PaymentMethod>(
        "ADMIN; the primary contact of its family or band",
        (p, v) => v.Has(Admin) || p.Family!.PrimaryContactId == v.UserId || p.Band!.PrimaryContactId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.HasOne(p => p.Family).WithMany(f => f.PaymentMethods).HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Band).WithMany(b => b.PaymentMethods).HasForeignKey(p => p.BandId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.PaymentType).IsEnumText();
        builder.HasIndex(p => p.StripePaymentMethodId).IsUnique();
    }
}
