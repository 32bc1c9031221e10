using Graph.Persistence.Model;

namespace Graph.Persistence.Identity;

/// <summary>A user's postal address (seed 001's addresses); at most one per user is the default.</summary>
public sealed class Address : Entity
{
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>"Home", "Clinic", ….</summary>
    public string? Label { get; set; }

    public string AddressLine1 { get; set; } = "";

    public string? AddressLine2 { get; set; }

    public string City { get; set; } = "";

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public bool IsDefault { get; set; }
}
