namespace Graph.Persistence.Model;

/// <summary>
/// A row deleted by stamping <see cref="DeletedAt"/> (seed 004's <c>deleted</c> flag): <see cref="GraphDbContext"/>
/// hides it from every query by the <see cref="GraphDbContext.SoftDeleteFilter"/> query filter, so it vanishes from
/// connections, counts, aggregates, lookups and nested relations alike; a query that ignores that filter sees it.
/// </summary>
public interface ISoftDeleted
{
    DateTimeOffset? DeletedAt { get; set; }
}
