namespace Graph.Persistence.Programs;

/// <summary>Seed 003's "completed" is <see cref="Paid"/>.</summary>
public enum PaymentStatus
{
    Pending,
    Paid,
    Failed,
    Refunded,
}
