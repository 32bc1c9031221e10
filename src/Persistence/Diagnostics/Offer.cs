using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// A promotion (seed 001's offers): a percentage or a fixed amount off, for bookings dated inside its window whose
/// subtotal reaches <see cref="MinimumOrderValue"/>; with <see cref="ApplicableTests"/> only on those tests' lines.
/// An offer with coupons applies only through one of its codes.
/// </summary>
public sealed class Offer : Entity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public DiscountType DiscountType { get; set; } = DiscountType.Percentage;

    /// <summary>Percent (0–100) or an amount, by <see cref="DiscountType"/>.</summary>
    public decimal DiscountValue { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The last booking day it applies to.</summary>
    public DateOnly EndDate { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>"Christmas", "New Year", "Health Month", ….</summary>
    public string? EventTag { get; set; }

    public decimal? MinimumOrderValue { get; set; }

    /// <summary>The admin who created it (seed 001's created_by_admin_id).</summary>
    public Guid? CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    /// <summary>The tests it is limited to (seed 001's applicable_tests); none: every test.</summary>
    public List<OfferLabTest> ApplicableTests { get; set; } = [];

    public List<Coupon> Coupons { get; set; } = [];
}

/// <summary>Public: a storefront shows its offers to anyone.</summary>
public sealed class OfferConfiguration() : EntityConfiguration<Offer>("offers")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Offer> builder)
    {
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasOne(o => o.CreatedBy).WithMany().HasForeignKey(o => o.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(o => o.DiscountType).IsEnumText();
        builder.Property(o => o.DiscountValue).IsMoney();
        builder.Property(o => o.MinimumOrderValue).IsMoney();
    }
}
