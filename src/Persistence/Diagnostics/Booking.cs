using Graph.Persistence.Identity;
using Graph.Persistence.Model;

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
