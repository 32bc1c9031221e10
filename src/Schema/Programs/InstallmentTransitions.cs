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

    /// <summary>A PENDING installment past its due date becomes OVERDUE by itself.</summary>
    public static OverdueRule PastDue { get; } = OverdueRule.For<Installment, InstallmentStatus>(InstallmentStatusSubscriptions.Field, [Pending], InstallmentStatus.Overdue);
}
