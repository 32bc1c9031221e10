using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Persistence.Programs;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Programs;

/// <summary>Settings of the job that marks unpaid installments OVERDUE (section <c>Programs:OverdueInstallments</c>).</summary>
public sealed class OverdueInstallmentsOptions
{
    public const string Section = "Programs:OverdueInstallments";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks; it also looks once at start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait after a failed run (the database away); it doubles with each failure in a row, up to <see cref="Interval"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Installments changed per transaction.</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>
/// Marks PENDING installments whose due date has passed (UTC) OVERDUE, each with its <c>installmentStatusChanged</c>
/// and <c>nodeChanged</c> events written in the same transaction. Any number of servers may run it at once: a batch
/// claims its rows with <c>FOR UPDATE SKIP LOCKED</c> and the update asks for PENDING again, so each installment
/// changes once, in one transaction, with one event.
/// </summary>
public sealed class OverdueInstallments(IDbContextFactory<GraphDbContext> contexts, IEventOutbox outbox, TimeProvider time)
{
    private const string MarkBatch = """
        UPDATE installments SET status = 'OVERDUE'
        WHERE id IN (SELECT id FROM installments WHERE status = 'PENDING' AND due_date < {0}
                     ORDER BY due_date, id LIMIT {1} FOR UPDATE SKIP LOCKED)
          AND status = 'PENDING'
        RETURNING id AS "Value"
        """;

    /// <summary>Marks every installment due before today; answers how many this call changed.</summary>
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var marked = await MarkBatchAsync(batchSize, cancellationToken);
            total += marked;
            if (marked < batchSize)
                return total;
        }
    }

    private async Task<int> MarkBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var ids = await db.Database.SqlQueryRaw<Guid>(MarkBatch, DateOnly.FromDateTime(now.UtcDateTime), batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return 0;
        var pending = StatusTransitions<InstallmentStatus>.Name(InstallmentStatus.Pending);
        var overdue = StatusTransitions<InstallmentStatus>.Name(InstallmentStatus.Overdue);
        var events = ids.SelectMany(id =>
        {
            var change = new StatusChange(id, pending, overdue, now);
            return new[] { change.Event(InstallmentStatusSubscriptions.Field), change.NodeChange("Installment") };
        });
        var entries = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return ids.Count;
    }
}
