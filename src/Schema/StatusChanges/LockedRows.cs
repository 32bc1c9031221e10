using Graph.Persistence;
using Graph.Persistence.Model;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Schema.StatusChanges;

/// <summary>Reads the row a mutation changes with <c>FOR UPDATE</c>: concurrent changes of one node queue up, so
/// each sees the state the previous one committed and their events follow commit order. EF composes the
/// entity's query filters over the statement, so a row the caller may not see is not found. Inside a transaction the
/// wait is bounded by <see cref="GraphDbContext.LockTimeout"/> (<c>Database:LockTimeout</c>, 5 s by default; PostgreSQL's
/// <c>lock_timeout</c>, for this transaction only): a row
/// held longer throws <see cref="RowLockedException"/>, which the mutations answer as a <c>ConcurrencyError</c>, so
/// waiters never pile up holding every connection of the pool.</summary>
public static class LockedRows
{
    // SET takes no parameters; set_config(…, is_local: true) is SET LOCAL with one.
    private const string SetLockTimeout = "SELECT set_config('lock_timeout', {0}, true)";

    /// <param name="includeDeleted">Finds a soft-deleted row too (to restore it); the row rules still apply.</param>
    public static async Task<T?> FindForUpdateAsync<T>(GraphDbContext db, Guid key, CancellationToken cancellationToken, bool includeDeleted = false)
        where T : Entity
    {
        if (db.Database.CurrentTransaction is not null)
            await db.Database.ExecuteSqlRawAsync(SetLockTimeout, [$"{(long)Math.Ceiling(db.LockTimeout.TotalMilliseconds)}ms"], cancellationToken);
        try
        {
            var rows = db.Set<T>().FromSqlRaw(Sql(db, typeof(T)), key);
            return await (includeDeleted ? rows.IgnoreQueryFilters([GraphDbContext.SoftDeleteFilter]) : rows).SingleOrDefaultAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable }
            || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable })
        {
            throw new RowLockedException(typeof(T).Name, exception);
        }
    }

    /// <summary>The same for an entity type known at run time.</summary>
    public static async Task<Entity?> FindForUpdateAsync(GraphDbContext db, Type entityType, Guid key, CancellationToken cancellationToken, bool includeDeleted = false) =>
        await (Task<Entity?>)Typed.MakeGenericMethod(entityType).Invoke(null, [db, key, includeDeleted, cancellationToken])!;

    private static readonly System.Reflection.MethodInfo Typed = typeof(LockedRows).GetMethod(nameof(FindAsEntityAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task<Entity?> FindAsEntityAsync<T>(GraphDbContext db, Guid key, bool includeDeleted, CancellationToken cancellationToken)
        where T : Entity =>
        await FindForUpdateAsync<T>(db, key, cancellationToken, includeDeleted);

    private static string Sql(GraphDbContext db, Type entityType)
    {
        var table = db.Model.FindEntityType(entityType)?.GetTableName()
            ?? throw new InvalidOperationException($"{entityType.Name} is not mapped to a table.");
        return "SELECT * FROM \"" + table + "\" WHERE id = {0} FOR UPDATE";
    }
}

/// <summary>The row stayed locked by another transaction past <see cref="GraphDbContext.LockTimeout"/>.</summary>
public sealed class RowLockedException(string typeName, Exception inner)
    : Exception($"The {typeName} is being changed by another request; try again.", inner)
{
    /// <summary>The payload error a mutation answers with: the same as a concurrent change.</summary>
    public ConcurrencyError ToError() => new(Message);
}
