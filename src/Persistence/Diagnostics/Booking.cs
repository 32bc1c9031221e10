using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>A sample collection visit for one pet: the tests ordered are its items.</summary>
public sealed class Booking : Entity
{
    /// <summary>The customer (seed 001's user_id).</summary>
    public Guid UserId { get; set; }

    public User Customer { get; set; } = null!;

    public Guid PetId { get; set; }

    public Pet Pet { get; set; } = null!;

    public DateTimeOffset BookingDate { get; set; }

    public BookingStatus Status { get; set; } = BookingStatus.Pending;

    /// <summary>Where to collect, as the customer wrote it.</summary>
    public string? Address { get; set; }

    /// <summary>A maps link to <see cref="Address"/>.</summary>
    public string? AddressLink { get; set; }

    /// <summary>The collector (a user with a staff role); cleared when that user is deleted.</summary>
    public Guid? CollectionStaffId { get; set; }

    public User? CollectionStaff { get; set; }

    public string? Notes { get; set; }

    public decimal? EstimatedDistanceKm { get; set; }

    public List<BookingItem> Items { get; set; } = [];

    public List<TestBatchGroup> BatchGroups { get; set; } = [];
}

public sealed class BookingConfiguration() : EntityConfiguration<Booking>("bookings")
{
    public override RowRule Readers { get; } = RowRule.For<Booking>(
        "its customer; ADMIN, LAB_TECH, ANALYST; the COLLECTOR it is assigned to",
        (b, v) => v.HasAny(Admin, LabTech, Analyst) || b.UserId == v.UserId || (v.Has(Collector) && b.CollectionStaffId == v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Booking> builder)
    {
        builder.HasOne(b => b.Customer).WithMany(u => u.Bookings).HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Pet).WithMany(p => p.Bookings).HasForeignKey(b => b.PetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.CollectionStaff).WithMany(u => u.Collections).HasForeignKey(b => b.CollectionStaffId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(b => b.Status).IsEnumText();
        builder.Property(b => b.EstimatedDistanceKm).HasPrecision(8, 2);
    }
}
