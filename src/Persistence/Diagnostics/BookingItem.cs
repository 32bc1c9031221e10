using Graph.Persistence.Model;

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
