using Graph.Persistence.Identity;
using Graph.Persistence.Model;

namespace Graph.Persistence.Crm;

/// <summary>A salesperson tracked for KPIs (seed 002); separate from the login, optionally linked to one.</summary>
public sealed class TeamMember : Entity
{
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public TeamMemberRole Role { get; set; }

    public bool IsActive { get; set; } = true;
}
