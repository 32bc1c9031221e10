using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// What a booking costs (seed 001's billing_records), written with the booking in DRAFT. It moves DRAFT → FINALIZED →
/// INVOICED → PAID; entering INVOICED the database gives it the year's next invoice number (<c>INV-2027-000042</c>,
/// gap-free), and from then on its amounts are frozen and it cannot be deleted (triggers refuse). The billed tests
/// (seed 001's test_ids) are the booking's items.
/// </summary>
public sealed class BillingRecord : Entity
{
    public Guid BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>The sum of the lines.</summary>
    public decimal BaseAmount { get; set; }

    public decimal DiscountAmount { get; set; }

    public decimal DistanceCharge { get; set; }

    /// <summary>Base − discount + distance charge (a check constraint).</summary>
    public decimal FinalAmount { get; set; }

    public DateOnly BillingDate { get; set; }

    /// <summary>"YYYY-MM" of <see cref="BillingDate"/>.</summary>
    public string BillingPeriod { get; set; } = "";

    public BillingStatus Status { get; set; } = BillingStatus.Draft;

    /// <summary>Given by the database when the record is invoiced; EF never writes it.</summary>
    public string? InvoiceNumber { get; set; }

    public DateTimeOffset? InvoiceDate { get; set; }

    public DateTimeOffset? PaidDate { get; set; }
}

public sealed class BillingRecordConfiguration() : EntityConfiguration<BillingRecord>("billing_records")
{
    public override RowRule Readers { get; } = RowRule.For<BillingRecord>(
        "its customer; ADMIN, ANALYST", (b, v) => v.HasAny(Admin, Analyst) || b.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<BillingRecord> builder)
    {
        builder.HasOne(b => b.Booking).WithOne().HasForeignKey<BillingRecord>(b => b.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.User).WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.InvoiceNumber).IsUnique();
        builder.Property(b => b.BaseAmount).IsMoney();
        builder.Property(b => b.DiscountAmount).IsMoney();
        builder.Property(b => b.DistanceCharge).IsMoney();
        builder.Property(b => b.FinalAmount).IsMoney();
        builder.Property(b => b.Status).IsEnumText();
        builder.Property(b => b.InvoiceNumber).ValueGeneratedOnAddOrUpdate();
    }
}
