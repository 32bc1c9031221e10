namespace Graph.Persistence.Diagnostics;

public enum BillingStatus
{
    Draft,
    Finalized,
    Invoiced,
    Paid,
}
