using Graph.Persistence;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.StatusChanges;

/// <summary>Reads the row a mutation changes with <c>FOR UPDATE</c>: concurrent changes of one node queue up, so
/// each sees the status the previous one committed and their events follow commit order. EF composes the
/// entity's query filters over the statement, so a row the caller may not see is not found.</summary>
public static class LockedRows
{
    public static Task<T?> FindForUpdateAsync<T>(GraphDbContext db, Guid key, CancellationToken cancellationToken)
        where T : Entity
    {
        var table = db.Model.FindEntityType(typeof(T))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var sql = "SELECT * FROM \"" + table + "\" WHERE id = {0} FOR UPDATE";
        return db.Set<T>().FromSqlRaw(sql, key).SingleOrDefaultAsync(cancellationToken);
    }
}
