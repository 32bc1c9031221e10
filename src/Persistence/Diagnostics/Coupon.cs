using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// A redemption code (seed 001's coupons), unique regardless of case. With an offer it grants that offer; without one
/// it waives the home-visit distance charge. <see cref="CurrentUses"/> counts redemptions; it never passes
/// <see cref="MaxUses"/> (a check constraint; bookings lock the coupon row to redeem it).
/// </summary>
public sealed class Coupon : Entity
{
    public string Code { get; set; } = "";

    public Guid? OfferId { get; set; }

    public Offer? Offer { get; set; }

    public DateTimeOffset StartDate { get; set; }

    public DateTimeOffset EndDate { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Null: unlimited.</summary>
    public int? MaxUses { get; set; }

    public int CurrentUses { get; set; }

    public int MaxUsesPerUser { get; set; } = 1;

    public Guid? CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    public List<CouponRedemption> Redemptions { get; set; } = [];
}

public sealed class CouponConfiguration() : EntityConfiguration<Coupon>("coupons")
{
    /// <summary>Codes are secrets a customer types: only staff list them, and a customer sees those they redeemed.</summary>
    public override RowRule Readers { get; } = RowRule.For<Coupon>(
        "ADMIN, ANALYST; a customer who redeemed it", (c, v) => v.HasAny(Admin, Analyst) || c.Redemptions.Any(r => r.UserId == v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Coupon> builder)
    {
        builder.HasOne(c => c.Offer).WithMany(o => o.Coupons).HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.CreatedBy).WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
