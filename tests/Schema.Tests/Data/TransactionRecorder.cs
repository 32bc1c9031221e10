using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Schema.Tests.Data;

/// <summary>Counts the transactions EF Core begins (a write's own, or one EF opens around a save of several commands).</summary>
public sealed class TransactionRecorder : DbTransactionInterceptor
{
    private int _started;

    public int Started => Volatile.Read(ref _started);

    public void Clear() => Interlocked.Exchange(ref _started, 0);

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        return base.TransactionStartedAsync(connection, eventData, result, cancellationToken);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref _started);
        return base.TransactionStarted(connection, eventData, result);
    }
}
