using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Graph.Engine.Data;
using Graph.Engine.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Graph.Schema.Data.EntityFramework;

/// <summary>
/// The data conventions over EF Core and PostgreSQL (Npgsql): queries run asynchronously through EF, one at a time
/// per <typeparamref name="TContext"/> (a DbContext allows one operation at a time, and sibling fields resolve
/// concurrently), keys come from the EF model, <c>ieq/icontains/…</c> become <c>ILIKE … ESCAPE '\'</c>, and nulls
/// sort the PostgreSQL way.
/// </summary>
public class EntityFrameworkQueryableProvider<TContext>(IModel? model = null) : QueryableProvider
    where TContext : DbContext
{
    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo JsonContainsMethod = typeof(NpgsqlJsonDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlJsonDbFunctionsExtensions.JsonContains), [typeof(DbFunctions), typeof(object), typeof(object)])!;

    private static readonly MethodInfo JsonExistsMethod = typeof(NpgsqlJsonDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlJsonDbFunctionsExtensions.JsonExists), [typeof(DbFunctions), typeof(object), typeof(string)])!;

    private static readonly MethodInfo RowGreaterThan = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.GreaterThan), [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;

    private static readonly MethodInfo RowLessThan = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.LessThan), [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;

    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Gates = new();

    /// <summary>PostgreSQL: NULLS LAST for ascending, NULLS FIRST for descending order.</summary>
    public override bool NullsSortLast => true;

    /// <summary><c>(a, b, …) &gt; (@a, @b, …)</c>: PostgreSQL compares row values, and a B-tree index on the columns seeks to it.</summary>
    public override Expression? RowComparison(IReadOnlyList<Expression> left, IReadOnlyList<Expression> right, bool greater) =>
        left.Count is < 2 or > 7
            ? null
            : Expression.Call(greater ? RowGreaterThan : RowLessThan, Expression.Constant(EF.Functions), Tuple(left), Tuple(right));

    /// <summary><c>new ValueTuple&lt;…&gt;(items…)</c> as an <see cref="ITuple"/>, the form Npgsql translates to a row value.</summary>
    private static Expression Tuple(IReadOnlyList<Expression> items)
    {
        var type = Type.GetType("System.ValueTuple`" + items.Count, throwOnError: true)!.MakeGenericType([.. items.Select(i => i.Type)]);
        return Expression.Convert(Expression.New(type.GetConstructor([.. items.Select(i => i.Type)])!, items), typeof(ITuple));
    }

    public override Expression CaseInsensitiveLike(Expression text, Expression pattern) =>
        Expression.Call(ILike, Expression.Constant(EF.Functions), text, pattern, Expression.Constant(@"\"));

    /// <summary><c>json @&gt; @document</c> (jsonb containment).</summary>
    public override Expression JsonContains(Expression json, Expression document) =>
        Expression.Call(JsonContainsMethod, Expression.Constant(EF.Functions), Expression.Convert(json, typeof(object)), Expression.Convert(document, typeof(object)));

    /// <summary><c>json ? @key</c> (jsonb key exists).</summary>
    public override Expression JsonHasKey(Expression json, Expression key) =>
        Expression.Call(JsonExistsMethod, Expression.Constant(EF.Functions), Expression.Convert(json, typeof(object)), key);

    public override async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, IResolverContext context)
    {
        if (query.Provider is not IAsyncQueryProvider)
        {
            return await base.ToListAsync(query, context).ConfigureAwait(false);
        }

        var gate = Gate(context);
        await gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            return await query.ToListAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public override async ValueTask<int> CountAsync<T>(IQueryable<T> query, IResolverContext context)
    {
        if (query.Provider is not IAsyncQueryProvider)
        {
            return await base.CountAsync(query, context).ConfigureAwait(false);
        }

        var gate = Gate(context);
        await gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            return await query.CountAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The primary key from the EF model (the base conventions when the type is not an entity of it).</summary>
    public override IReadOnlyList<PropertyInfo> GetKey(Type entityType)
    {
        var key = model?.FindEntityType(entityType)?.FindPrimaryKey();
        if (key is null || key.Properties.Any(p => p.PropertyInfo is null))
        {
            return base.GetKey(entityType);
        }

        return key.Properties.Select(p => p.PropertyInfo!).ToArray();
    }

    public override IQueryable<T> Query<T>(IResolverContext context) => Context(context).Set<T>().AsNoTracking();

    private static TContext Context(IResolverContext context) =>
        context.Services.GetService(typeof(TContext)) as TContext
        ?? throw new InvalidOperationException($"No {typeof(TContext).Name} is registered for the request.");

    private static SemaphoreSlim Gate(IResolverContext context) =>
        context.Services.GetService(typeof(TContext)) is TContext db
            ? Gates.GetValue(db, static _ => new SemaphoreSlim(1, 1))
            : new SemaphoreSlim(1, 1);
}
