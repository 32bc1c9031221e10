namespace Graph.Persistence.Crm;

/// <summary>Seed 002's outcomes ("Closed Won", "No Show", …).</summary>
public enum SalesCallOutcome
{
    ClosedWon,
    ClosedLost,
    NoShow,
    FollowUp,
    Rescheduled,
}
