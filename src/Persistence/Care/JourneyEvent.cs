using System.Text.Json;
using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Care;

/// <summary>One step of a patient's (or a lead's, or an anonymous visitor's) journey, for analytics (seed 004's
/// patient_journey_events). Append-only; <see cref="EventData"/> never holds medical data.</summary>
public sealed class JourneyEvent : Entity, ISoftDeleted
{
    public Guid? PatientProfileId { get; set; }

    public PatientProfile? PatientProfile { get; set; }

    public Guid? LeadId { get; set; }

    public Lead? Lead { get; set; }

    /// <summary>For example <c>questionnaire_submitted</c>, <c>consultation_completed</c>, <c>page_view</c>.</summary>
    public string EventType { get; set; } = "";

    /// <summary>A JSON value (jsonb, GIN indexed).</summary>
    public JsonElement? EventData { get; set; }

    /// <summary>Who recorded it: <c>platform</c> for the platform's own events, else the frontend's name.</summary>
    public string? Source { get; set; }

    /// <summary>The frontend's session, which ties an anonymous visitor's events together.</summary>
    public string? SessionId { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}

public sealed class JourneyEventConfiguration() : EntityConfiguration<JourneyEvent>("patient_journey_events")
{
    public override RowRule Readers { get; } = RowRule.For<JourneyEvent>(
        "ADMIN, MARKETING, ANALYST",
        (e, v) => v.HasAny(Admin, Marketing, Analyst));

    protected override void ConfigureEntity(EntityTypeBuilder<JourneyEvent> builder)
    {
        builder.HasOne(e => e.PatientProfile).WithMany(p => p.JourneyEvents).HasForeignKey(e => e.PatientProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Lead).WithMany().HasForeignKey(e => e.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.EventData).HasColumnType("jsonb");
    }
}
