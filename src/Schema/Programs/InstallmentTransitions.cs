using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;
using static Graph.Persistence.Programs.InstallmentStatus;

namespace Graph.Schema.Programs;

/// <summary>An installment becomes paid (by <c>payInstallment</c>) from pending or overdue; paid is final.</summary>
public static class InstallmentTransitions
{
    public static StatusTransitions<InstallmentStatus> Table { get; } = new StatusTransitions<InstallmentStatus>()
        .From(Pending, Paid, Overdue)
        .From(Overdue, Paid)
        .From(Paid);
}
