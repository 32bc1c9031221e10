using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Execution;

namespace Graph.Engine.Data;

/// <summary>
/// What the data conventions need from a LINQ provider beyond <see cref="IQueryable"/>: asynchronous execution,
/// entity keys, query roots for batch loading, how nulls sort, and case-insensitive matching. The default works
/// for LINQ to objects; the EF Core adapter (src/Schema/Data/EntityFramework) overrides it for PostgreSQL.
/// </summary>
public class QueryableProvider
{
    public static QueryableProvider Default { get; } = new();

    /// <summary>
    /// Whether null sorts after every value in ascending order (PostgreSQL: <c>NULLS LAST</c> for ASC, <c>NULLS
    /// FIRST</c> for DESC). LINQ to objects sorts null first. Keyset cursors must agree with the database.
    /// </summary>
    public virtual bool NullsSortLast => false;

    /// <summary>
    /// A case-insensitive LIKE of <paramref name="text"/> against <paramref name="pattern"/>, whose <c>%</c>, <c>_</c>
    /// and <c>\</c> are escaped with a backslash (see <see cref="LikePattern"/>). The default calls
    /// <see cref="DataFunctions.ILike"/>; EF Core's adapter uses Npgsql's <c>EF.Functions.ILike</c> (SQL <c>ILIKE</c>).
    /// </summary>
    /// <summary>
    /// The row-value comparison <c>(left…) &gt; (right…)</c> (or <c>&lt;</c>), for keyset paging; null where the source
    /// cannot compare row values (LINQ to objects), and the predicate is then written out term by term.
    /// </summary>
    public virtual Expression? RowComparison(IReadOnlyList<Expression> left, IReadOnlyList<Expression> right, bool greater) => null;

    public virtual Expression CaseInsensitiveLike(Expression text, Expression pattern) =>
        Expression.Call(typeof(DataFunctions).GetMethod(nameof(DataFunctions.ILike))!, text, pattern);

    /// <summary>
    /// Whether the JSON <paramref name="json"/> contains the JSON parameter <paramref name="document"/> (PostgreSQL
    /// <c>@&gt;</c>). The default calls <see cref="JsonFunctions.Contains"/>; EF Core's adapter uses Npgsql's <c>JsonContains</c>.
    /// </summary>
    public virtual Expression JsonContains(Expression json, Expression document) =>
        Expression.Call(typeof(JsonFunctions).GetMethod(nameof(JsonFunctions.Contains))!, Expression.Convert(json, typeof(System.Text.Json.JsonElement?)), document);

    /// <summary>Whether the JSON <paramref name="json"/> has the top-level key <paramref name="key"/> (PostgreSQL <c>?</c>).</summary>
    public virtual Expression JsonHasKey(Expression json, Expression key) =>
        Expression.Call(typeof(JsonFunctions).GetMethod(nameof(JsonFunctions.HasKey))!, Expression.Convert(json, typeof(System.Text.Json.JsonElement?)), key);

    /// <summary>Runs <paramref name="query"/>; asynchronously when the query implements <see cref="IAsyncEnumerable{T}"/>.</summary>
    public virtual async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, IResolverContext context)
    {
        if (query is IAsyncEnumerable<T> stream)
        {
            var items = new List<T>();
            await foreach (var item in stream.WithCancellation(context.RequestAborted).ConfigureAwait(false))
            {
                items.Add(item);
            }

            return items;
        }

        return query.ToList();
    }

    public virtual ValueTask<int> CountAsync<T>(IQueryable<T> query, IResolverContext context) => new(query.Count());

    /// <summary>The primary key of an entity: <c>[Key]</c> properties, else <c>Id</c>, else <c>{Type}Id</c>.</summary>
    public virtual IReadOnlyList<PropertyInfo> GetKey(Type entityType)
    {
        var properties = entityType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var keys = properties.Where(p => p.IsDefined(typeof(KeyAttribute), true)).ToArray();
        if (keys.Length > 0)
        {
            return keys;
        }

        var byName = properties.FirstOrDefault(p => p.Name == "Id") ?? properties.FirstOrDefault(p => p.Name == entityType.Name + "Id");
        return byName is null ? [] : [byName];
    }

    /// <summary>
    /// Every entity of <typeparamref name="T"/>: the root a nested data field (a navigation of <typeparamref name="T"/>)
    /// batch-loads its parents' children from. The default finds an <see cref="IQueryable{T}"/> service.
    /// </summary>
    public virtual IQueryable<T> Query<T>(IResolverContext context)
        where T : class =>
        context.Services.GetService(typeof(IQueryable<T>)) as IQueryable<T>
        ?? throw new InvalidOperationException($"No query root for {typeof(T).Name}: register an IQueryable<{typeof(T).Name}> service or use a provider that knows one.");
}
