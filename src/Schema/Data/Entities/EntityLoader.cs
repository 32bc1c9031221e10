using System.Linq.Expressions;
using Graph.Engine.Data.Projections;
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
public sealed class EntityLoader<T>(IDbContextFactory<GraphDbContext> contexts, DataViewer viewer, Expression<Func<T, T>>? select = null) : BatchDataLoader<Guid, T>
    where T : Entity
{
    /// <summary>The request's loader for <typeparamref name="T"/>, reading whole rows for the request's viewer.</summary>
    public static EntityLoader<T> For(IResolverContext context) =>
        context.DataLoader(typeof(EntityLoader<T>), () => new EntityLoader<T>(DatabaseReads.ContextsOf(context.Services), Viewers.Of(context)));

    /// <summary>
    /// The request's loader for <typeparamref name="T"/> as the resolving field selects it (<c>node(id:)</c>): the
    /// selected columns only, its selected to-one relations joined into the same statement; one batch per shape.
    /// </summary>
    public static EntityLoader<T> Selecting(IResolverContext context) =>
        SelectionProjection<T>.Of(context) is { } projection
            ? context.DataLoader(
                (typeof(EntityLoader<T>), projection.Shape),
                () => new EntityLoader<T>(DatabaseReads.ContextsOf(context.Services), Viewers.Of(context), projection.Select))
            : For(context);

    protected override async Task<IReadOnlyDictionary<Guid, T>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ReadFor(new DataViewerScope { Viewer = viewer });
        var ids = keys.ToArray();
        var rows = db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id));
        var loaded = await (select is null ? rows : rows.Select(select)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return loaded.ToDictionary(e => e.Id);
    }
}
