using Graph.Persistence.Model;

namespace Graph.Persistence.Diagnostics;

/// <summary>Reports of one booking grouped for billing and analytics (a "Wellness Panel").</summary>
public sealed class TestBatchGroup : Entity
{
    public Guid BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    public string? BatchName { get; set; }

    public string? Description { get; set; }

    public List<TestReport> Reports { get; set; } = [];
}
