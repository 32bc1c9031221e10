using Graph.Engine.DataLoader;
using Graph.Engine.Execution;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Database;
using Graph.Persistence.Model;
using Graph.Schema.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Data.Entities;

/// <summary>
/// Loads entities of one type by key, all keys asked for in one execution step in one statement
/// (<c>WHERE id = ANY(@keys)</c>), on a context of its own so it never races the request's context, under the row rules,
/// from the database the request reads (<see cref="DatabaseReads"/>).
/// </summary>
public sealed class EntityLoader<T>(IDbContextFactory<GraphDbContext> contexts, DataViewer viewer) : BatchDataLoader<Guid, T>
    where T : Entity
{
    /// <summary>The request's loader for <typeparamref name="T"/>, reading for the request's viewer.</summary>
    public static EntityLoader<T> For(IResolverContext context) =>
        context.DataLoader(typeof(EntityLoader<T>), () => new EntityLoader<T>(DatabaseReads.ContextsOf(context.Services), Viewers.Of(context)));

    protected override async Task<IReadOnlyDictionary<Guid, T>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ReadFor(new DataViewerScope { Viewer = viewer });
        var ids = keys.ToArray();
        var rows = await db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(e => e.Id);
    }
}
