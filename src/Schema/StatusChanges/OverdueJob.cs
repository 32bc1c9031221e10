using Graph.Persistence;
using Graph.Persistence.Outbox;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.StatusChanges;

/// <summary>Settings of the job that marks what is past its due date OVERDUE (section <c>Overdue</c>).</summary>
public sealed class OverdueJobOptions
{
    public const string Section = "Overdue";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks; it also looks once at start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait after a failed run (the database away); it doubles with each failure in a row, up to <see cref="Interval"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows changed per transaction.</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>
/// Applies every <see cref="OverdueRule"/>: rows whose due date has passed (UTC) move to OVERDUE, each with its
/// status-changed and <c>nodeChanged</c> events written in the same transaction. Any number of servers may run it at
/// once: a batch claims its rows with <c>FOR UPDATE SKIP LOCKED</c> and the update asks for the rule's statuses again,
/// so each row changes once, in one transaction, with one event.
/// </summary>
public sealed class OverdueJob(IDbContextFactory<GraphDbContext> contexts, IEventOutbox outbox, TimeProvider time)
{
    private sealed record Marked(Guid Id, string Previous);

    /// <summary>Marks every row of every rule due before today; answers how many this call changed.</summary>
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var rule in OverdueRule.All)
        {
            while (true)
            {
                var marked = await MarkBatchAsync(rule, batchSize, cancellationToken);
                total += marked;
                if (marked < batchSize)
                    break;
            }
        }

        return total;
    }

    private async Task<int> MarkBatchAsync(OverdueRule rule, int batchSize, CancellationToken cancellationToken)
    {
        // The table comes from the EF model, never from input; the rest is bound.
        var markBatch = $"""
            WITH claimed AS (
                SELECT id, status FROM {rule.Table}
                WHERE status = ANY ({"{0}"}) AND due_date < {"{1}"}
                ORDER BY due_date, id LIMIT {"{2}"} FOR UPDATE SKIP LOCKED)
            UPDATE {rule.Table} t SET status = {"{3}"}
            FROM claimed WHERE t.id = claimed.id AND t.status = ANY ({"{0}"})
            RETURNING t.id AS "Id", claimed.status AS "Previous"
            """;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var rows = await db.Database.SqlQueryRaw<Marked>(markBatch, rule.From.ToArray(), DateOnly.FromDateTime(now.UtcDateTime), batchSize, rule.To)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return 0;
        var events = rows.SelectMany(row =>
        {
            var change = new StatusChange(row.Id, row.Previous, rule.To, now);
            return new[] { change.Event(rule.EventField), change.NodeChange(rule.TypeName) };
        });
        var entries = ChangeCommit.Announce(db, outbox, [.. events]);
        await db.SaveChangesAsync(cancellationToken);
        await ChangeCommit.CommitAsync(transaction, outbox, entries, cancellationToken);
        return rows.Count;
    }
}
