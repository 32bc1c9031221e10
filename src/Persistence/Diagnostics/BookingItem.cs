using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>One lab test ordered in a booking; it gets at most one report.</summary>
public sealed class BookingItem : Entity
{
    public Guid BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    /// <summary>Seed 001's test_id.</summary>
    public Guid LabTestId { get; set; }

    public LabTest LabTest { get; set; } = null!;

    public int Quantity { get; set; } = 1;

    /// <summary>The price when booked.</summary>
    public decimal UnitPrice { get; set; }

    public BookingItemStatus Status { get; set; } = BookingItemStatus.Pending;

    public TestReport? Report { get; set; }
}

public sealed class BookingItemConfiguration() : EntityConfiguration<BookingItem>("booking_items")
{
    public override RowRule Readers { get; } = RowRule.For<BookingItem>(
        "as its booking",
        (i, v) => v.HasAny(Admin, LabTech, Analyst) || i.Booking.UserId == v.UserId || (v.Has(Collector) && i.Booking.CollectionStaffId == v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<BookingItem> builder)
    {
        builder.HasOne(i => i.Booking).WithMany(b => b.Items).HasForeignKey(i => i.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.LabTest).WithMany().HasForeignKey(i => i.LabTestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.UnitPrice).IsMoney();
        builder.Property(i => i.Status).IsEnumText();
    }
}
