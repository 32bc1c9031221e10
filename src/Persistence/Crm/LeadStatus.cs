namespace Graph.Persistence.Crm;

/// <summary>The union of the three seeds' lead statuses (seed 000's new_booking is EvaluationBooked,
/// its registered and seed 004's converted are Converted).</summary>
public enum LeadStatus
{
    New,
    Contacted,
    Qualified,
    EvaluationBooked,
    EvaluationConfirmed,
    EvaluationComplete,
    Converted,
    Lost,
    Archived,
}
