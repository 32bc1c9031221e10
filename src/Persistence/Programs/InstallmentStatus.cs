namespace Graph.Persistence.Programs;

public enum InstallmentStatus
{
    Pending,
    Paid,
    Overdue,
}
