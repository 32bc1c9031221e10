using Graph.Persistence.Identity;
using Graph.Persistence.Model;

namespace Graph.Persistence.Diagnostics;

/// <summary>A customer's animal; bookings and reports are per pet (seed 001).</summary>
public sealed class Pet : Entity
{
    /// <summary>The owner (seed 001's user_id); deleting the user deletes the pet.</summary>
    public Guid UserId { get; set; }

    public User Owner { get; set; } = null!;

    public string Name { get; set; } = "";

    /// <summary>"Dog", "Cat", "Bird", ….</summary>
    public string Species { get; set; } = "";

    public string? Breed { get; set; }

    public decimal? AgeYears { get; set; }

    public decimal? WeightKg { get; set; }

    public string? MedicalHistory { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Booking> Bookings { get; set; } = [];

    public List<TestReport> Reports { get; set; } = [];
}
