namespace Graph.Persistence.Programs;

public enum PlanType
{
    /// <summary>Paid in full.</summary>
    Pif,

    /// <summary>A payment plan: installments.</summary>
    Split,
}
