using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>One use of a coupon by a booking (append-only): written by <c>createBooking</c> with the discount it gave.</summary>
public sealed class CouponRedemption : Entity
{
    public Guid CouponId { get; set; }

    public Coupon Coupon { get; set; } = null!;

    public Guid BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    /// <summary>The customer (seed 001's user_id).</summary>
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    public decimal DiscountAmount { get; set; }

    public DateTimeOffset RedemptionDate { get; set; }
}

public sealed class CouponRedemptionConfiguration() : EntityConfiguration<CouponRedemption>("coupon_redemptions")
{
    public override RowRule Readers { get; } = RowRule.For<CouponRedemption>(
        "its customer; ADMIN, ANALYST", (r, v) => v.HasAny(Admin, Analyst) || r.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<CouponRedemption> builder)
    {
        builder.HasOne(r => r.Coupon).WithMany(c => c.Redemptions).HasForeignKey(r => r.CouponId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Booking).WithMany().HasForeignKey(r => r.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CouponId, r.BookingId }).IsUnique();
        builder.Property(r => r.DiscountAmount).IsMoney();
    }
}
