using System.Linq.Expressions;
using Graph.Engine.DataLoader;
using Graph.Engine.Execution;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Database;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Authorization;

/// <summary>
/// Checks a conditional <see cref="FieldAccess"/> for the row a field resolves on: the roles first, else the
/// condition, asked of the database for all rows of one execution step at once (one statement per rule and step,
/// whatever the parent's projection loaded). Without a row only the roles count; a <c>where</c>, <c>order</c> or
/// aggregate then gets the condition itself (<see cref="Rows"/>) and reads the field as null where it fails.
/// </summary>
internal static class AccessConditions
{
    public static ValueTask<bool> HoldsAsync(FieldAccess rule, IResolverContext context)
    {
        var viewer = Viewers.Of(context);
        if (rule.AllowsWithoutRow(viewer))
            return new(true);
        if (rule.Condition is null || context.Parent is not Entity row || !rule.EntityType!.IsInstanceOfType(row) || viewer.UserId == Guid.Empty)
            return new(false);
        var loader = context.DataLoader(("access", rule.Coordinate), () => Create(rule, viewer, context));
        return HoldsAsync(loader, row.Id, context.RequestAborted);
    }

    /// <summary>The rows the condition grants the caller, <c>(T row) =&gt; bool</c>; none for a caller not signed in.</summary>
    public static LambdaExpression? Rows(FieldAccess rule, IResolverContext context)
    {
        var viewer = Viewers.Of(context);
        return viewer.UserId == Guid.Empty ? null : rule.ConditionFor(viewer);
    }

    private static async ValueTask<bool> HoldsAsync(BatchDataLoader<Guid, object> loader, Guid id, CancellationToken cancellationToken) =>
        await loader.LoadAsync(id, cancellationToken).ConfigureAwait(false) is not null;

    private static BatchDataLoader<Guid, object> Create(FieldAccess rule, DataViewer viewer, IResolverContext context)
    {
        var contexts = DatabaseReads.ContextsOf(context.Services);
        var loader = typeof(ConditionLoader<>).MakeGenericType(rule.EntityType!);
        return (BatchDataLoader<Guid, object>)Activator.CreateInstance(loader, rule.ConditionFor(viewer), viewer, contexts)!;
    }

    /// <summary>The ids among the keys whose rows satisfy the condition for the viewer (and its row rules).</summary>
    private sealed class ConditionLoader<T>(Expression<Func<T, bool>> predicate, DataViewer viewer, IDbContextFactory<GraphDbContext> contexts) : BatchDataLoader<Guid, object>
        where T : Entity
    {
        protected override async Task<IReadOnlyDictionary<Guid, object>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            db.ReadFor(new DataViewerScope { Viewer = viewer });
            var ids = keys.ToArray();
            var allowed = await db.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).Where(predicate).Select(e => e.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return allowed.ToDictionary(id => id, _ => (object)true);
        }
    }
}
