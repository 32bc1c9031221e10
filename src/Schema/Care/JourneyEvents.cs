using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Care;
using Graph.Schema.Relay;
using Graph.Schema.Writes;

namespace Graph.Schema.Care;

/// <summary>How the platform records a journey event beside the change it follows, in the same transaction.</summary>
public static class JourneyEvents
{
    /// <summary>What the platform's own events carry as <c>source</c>.</summary>
    public const string PlatformSource = "platform";

    /// <summary>Adds the event to <paramref name="db"/> (saved with the change) and answers its <c>nodeChanged</c> event.</summary>
    public static (string Topic, object Payload) Record(GraphDbContext db, JourneyEvent journeyEvent, DateTimeOffset at)
    {
        db.Add(journeyEvent);
        return new NodeChange(ChangeOperation.Created, nameof(JourneyEvent), journeyEvent.Id, ["eventType", "eventData", "source"], at).Event;
    }

    /// <summary>A consultation booked (<c>createConsultation</c>): <c>consultation_scheduled</c> with when, no medical data.</summary>
    public static JourneyEvent Scheduled(Consultation consultation) => new()
    {
        PatientProfileId = consultation.PatientProfileId,
        EventType = "consultation_scheduled",
        EventData = JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["consultationId"] = NodeId.Format(nameof(Consultation), consultation.Id),
            ["scheduledAt"] = consultation.ScheduledAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }),
        Source = PlatformSource,
    };

    /// <summary>A status move of a node, as the platform records it: <c>{"from": …, "to": …}</c>, no other data.</summary>
    public static JourneyEvent StatusMove(string eventType, string from, string to, Guid? patientProfileId = null, Guid? leadId = null) => new()
    {
        PatientProfileId = patientProfileId,
        LeadId = leadId,
        EventType = eventType,
        EventData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["from"] = from, ["to"] = to }),
        Source = PlatformSource,
    };
}
