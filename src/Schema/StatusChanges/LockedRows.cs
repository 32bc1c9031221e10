using Graph.Persistence;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.StatusChanges;

/// <summary>Reads the row a mutation changes with <c>FOR UPDATE</c>: concurrent changes of one node queue up, so
/// each sees the state the previous one committed and their events follow commit order. EF composes the
/// entity's query filters over the statement, so a row the caller may not see is not found.</summary>
public static class LockedRows
{
    /// <param name="includeDeleted">Finds a soft-deleted row too (to restore it); the row rules still apply.</param>
    public static Task<T?> FindForUpdateAsync<T>(GraphDbContext db, Guid key, CancellationToken cancellationToken, bool includeDeleted = false)
        where T : Entity
    {
        var rows = db.Set<T>().FromSqlRaw(Sql(db, typeof(T)), key);
        return (includeDeleted ? rows.IgnoreQueryFilters([GraphDbContext.SoftDeleteFilter]) : rows).SingleOrDefaultAsync(cancellationToken);
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
