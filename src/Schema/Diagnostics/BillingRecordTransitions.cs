using Graph.Persistence.Diagnostics;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Diagnostics.BillingStatus;

namespace Graph.Schema.Diagnostics;

/// <summary>A bill is finalized, invoiced (numbered by the database), then paid; a paid bill is final.</summary>
public static class BillingRecordTransitions
{
    public static StatusTransitions<BillingStatus> Table { get; } = new StatusTransitions<BillingStatus>()
        .From(Draft, Finalized)
        .From(Finalized, Invoiced)
        .From(Invoiced, Paid)
        .From(Paid);
}
