using Graph.Persistence.Crm;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Crm.LeadStatus;

namespace Graph.Schema.Crm;

/// <summary>
/// The lead funnel: contact, qualify, book and hold an evaluation, convert. Any open lead can be lost or
/// archived; a lost lead can be contacted again; a converted one only archived.
/// </summary>
public static class LeadTransitions
{
    public static StatusTransitions<LeadStatus> Table { get; } = new StatusTransitions<LeadStatus>()
        .From(New, Contacted, Qualified, Lost, Archived)
        .From(Contacted, Qualified, EvaluationBooked, Lost, Archived)
        .From(Qualified, EvaluationBooked, Converted, Lost, Archived)
        .From(EvaluationBooked, EvaluationConfirmed, Lost, Archived)
        .From(EvaluationConfirmed, EvaluationComplete, EvaluationBooked, Lost, Archived)
        .From(EvaluationComplete, Converted, Lost, Archived)
        .From(Converted, Archived)
        .From(Lost, Contacted, Archived)
        .From(Archived);

    /// <summary>The moves of <c>updateLeadStatus</c>: all but converting, which is <c>convertLead</c>'s (it enrolls the student).</summary>
    public static StatusTransitions<LeadStatus> Manual { get; } = Table.Without(Converted);
}
