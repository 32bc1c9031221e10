using System.Linq.Expressions;
using Graph.Engine.Authorization;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Filtering;
using Graph.Engine.Data.Paging;
using Graph.Engine.Data.Projections;
using Graph.Engine.Data.Sorting;
using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Data.Resolvers;

/// <summary>
/// One request's query for a data field, always composed in the same order whatever the field declared:
/// <b>filter</b> (<c>where</c>) → <b>sort</b> (<c>order</c>, then the key) → <b>page</b> (keyset WHERE on the
/// cursor, reversed order for <c>last</c>, LIMIT n+1; or OFFSET/LIMIT for <c>skip/take</c>) → <b>project</b>
/// (the selection). The same plan applies to a root <see cref="IQueryable{T}"/> and, inside a batched parent
/// query, to each parent's navigation collection.
/// </summary>
internal sealed class DataQueryPlan
{
    private DataQueryPlan(DataField field)
    {
        Field = field;
    }

    public DataField Field { get; }

    public LambdaExpression? Predicate { get; private set; }

    public List<SortKey> SortKeys { get; private set; } = [];

    /// <summary>Items per page (first, last or take); null without paging.</summary>
    public int? PageSize { get; private set; }

    public bool Backward { get; private set; }

    public object?[]? After { get; private set; }

    public object?[]? Before { get; private set; }

    public int Skip { get; private set; }

    public LambdaExpression? Projection { get; private set; }

    /// <summary>Whether edges, nodes, items or pageInfo are selected (else no rows are read at all).</summary>
    public bool NeedsItems { get; private set; } = true;

    public bool NeedsTotalCount { get; private set; }

    /// <summary>The selected aggregates (for batched nested fields, computed with the items).</summary>
    public List<AggregateTerm> AggregateTerms { get; private set; } = [];

    /// <summary>
    /// The members the arguments and the selected aggregates read that the caller may read on some rows only
    /// (<see cref="DataArgumentAuthorization"/>): every expression below reads them masked.
    /// </summary>
    public DataMemberMasks Masks { get; private set; } = DataMemberMasks.None;

    /// <summary>
    /// Whether a page's rows carry their cursor values (<see cref="CursorRow{T}"/>): a masked sort key's value is
    /// computed by the query, never read from the node (which holds the member's real value).
    /// </summary>
    public bool KeysInRow => Field.Options.Paging == PagingKind.Cursor && SortKeys.Exists(k => k.Mask is not null);

    public static async ValueTask<DataQueryPlan> CreateAsync(DataField field, IResolverContext context)
    {
        var plan = new DataQueryPlan(field);
        var options = field.Options;
        var arguments = context.Arguments;
        var provider = field.Provider;

        // What the selection asks for first: the aggregates it selects read members too.
        var collector = new SelectionCollector(context);
        var itemNodes = plan.AnalyzeSelection(collector, context.FieldNodes);
        plan.Masks = await DataArgumentAuthorization.MasksAsync(context, DataArgumentMembers.Collect(field, arguments, plan.AggregateTerms)).ConfigureAwait(false);

        // 1. filter
        if (field.Filter is not null && arguments.TryGetValue("where", out var where))
        {
            plan.Predicate = FilterExpressionBuilder.Build(field.Filter, where, new FilterOperationContext(provider, plan.Masks));
        }

        // 2. sort (the key always last, so the order is total)
        var orderLiteral = context.FieldNodes.Count > 0
            ? context.FieldNodes[0].Arguments.FirstOrDefault(a => a.Name.Value == "order")?.Value
            : null;
        plan.SortKeys = SortExpressionBuilder.Build(field.Sort, arguments.GetValueOrDefault("order"), field.Entity.Key, orderLiteral, plan.Masks);

        // 3. page
        if (options.Paging == PagingKind.Cursor)
        {
            plan.ReadCursorArguments(context);
        }
        else if (options.Paging == PagingKind.Offset)
        {
            plan.ReadOffsetArguments(context);
        }

        // 4. project
        if (options.Projection && field.Entity.CanProject)
        {
            var builder = new ProjectionBuilder(field.Entities, collector);
            var tree = builder.Build(field.Entity, itemNodes);
            if (options.Paging == PagingKind.Cursor && !plan.KeysInRow)
            {
                foreach (var key in plan.SortKeys)
                {
                    builder.Require(tree, key.Path);
                }
            }

            plan.Projection = ProjectionBuilder.ToLambda(tree);
        }

        return plan;
    }

    /// <summary>The filtered source (what counts and aggregates run over).</summary>
    public Expression Filtered(Expression source, bool queryable) =>
        Predicate is null ? source : LinqMethods.Where(source, Predicate, queryable);

    /// <summary>The page of items: filtered, sorted, paged and projected — in that order.</summary>
    public Expression Page(Expression source, bool queryable)
    {
        var query = Filtered(source, queryable);
        if (After is not null)
        {
            query = LinqMethods.Where(query, KeysetPredicateBuilder.Build(Field.Entity.ClrType, SortKeys, After, after: true, Field.Provider), queryable);
        }

        if (Before is not null)
        {
            query = LinqMethods.Where(query, KeysetPredicateBuilder.Build(Field.Entity.ClrType, SortKeys, Before, after: false, Field.Provider), queryable);
        }

        for (var i = 0; i < SortKeys.Count; i++)
        {
            var key = SortKeys[i];
            var item = Expression.Parameter(Field.Entity.ClrType, "x");
            query = LinqMethods.Order(query, Expression.Lambda(key.Access(item), item), key.Descending != Backward, first: i == 0, queryable);
        }

        if (Skip > 0)
        {
            query = LinqMethods.Skip(query, QueryParameter.Create(Skip), queryable);
        }

        if (PageSize is { } size)
        {
            // One more than asked tells whether another page follows.
            query = LinqMethods.Take(query, QueryParameter.Create(size + 1), queryable);
        }

        if (KeysInRow)
        {
            return LinqMethods.Select(query, CursorRowSelector(), queryable);
        }

        return Projection is null ? query : LinqMethods.Select(query, Projection, queryable);
    }

    /// <summary><c>x =&gt; new CursorRow&lt;T&gt; { Node = projection(x), Keys = new object[] { key1(x), … } }</c>.</summary>
    private LambdaExpression CursorRowSelector()
    {
        var item = Expression.Parameter(Field.Entity.ClrType, "x");
        var rowType = typeof(CursorRow<>).MakeGenericType(item.Type);
        var node = Projection is null ? item : ParameterReplacer.Inline(Projection, item);
        var keys = Expression.NewArrayInit(typeof(object), SortKeys.Select(k => Expression.Convert(k.Access(item), typeof(object))));
        return Expression.Lambda(
            Expression.MemberInit(
                Expression.New(rowType),
                Expression.Bind(rowType.GetProperty(nameof(CursorRow<object>.Node))!, node),
                Expression.Bind(rowType.GetProperty(nameof(CursorRow<object>.Keys))!, keys)),
            item);
    }

    private void ReadCursorArguments(IResolverContext context)
    {
        var first = Int(context, "first");
        var last = Int(context, "last");
        CheckSize(first);
        CheckSize(last);
        if (first is not null && last is not null)
        {
            throw PagingErrors.FirstAndLast(Field.Coordinate);
        }

        Backward = last is not null;
        PageSize = first ?? last ?? Field.DefaultPageSize;
        var types = SortKeys.Select(k => k.Type).ToArray();
        After = Cursor(context, "after", types);
        Before = Cursor(context, "before", types);
    }

    private void ReadOffsetArguments(IResolverContext context)
    {
        var take = Int(context, "take");
        CheckSize(take);
        PageSize = take ?? Field.DefaultPageSize;
        Skip = Math.Max(0, Int(context, "skip") ?? 0);
    }

    private void CheckSize(int? size)
    {
        if (size < 0)
        {
            throw PagingErrors.MinPageSize(size.Value, Field.Coordinate);
        }

        if (size > Field.MaxPageSize)
        {
            throw PagingErrors.MaxPageSize(size.Value, Field.MaxPageSize, Field.Coordinate);
        }
    }

    private object?[]? Cursor(IResolverContext context, string argument, Type[] types)
    {
        if (!context.Arguments.TryGetValue(argument, out var value) || value is not string cursor)
        {
            return null;
        }

        return CursorSerializer.TryDeserialize(cursor, types, out var values)
            ? values
            : throw PagingErrors.InvalidCursor(argument, cursor, Field.Coordinate);
    }

    private static int? Int(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Reads what the field's selection asks for; returns the field nodes whose selections are on the items.</summary>
    private List<FieldNode> AnalyzeSelection(SelectionCollector collector, IReadOnlyList<FieldNode> fieldNodes)
    {
        var field = Field;
        if (field.PageType is null)
        {
            return [.. fieldNodes];
        }

        var items = new List<FieldNode>();
        var fields = collector.Collect(fieldNodes, field.PageType);
        NeedsItems = false;
        foreach (var (name, nodes) in fields)
        {
            switch (name)
            {
                case "edges" when field.EdgeType is not null:
                    NeedsItems = true;
                    if (collector.Collect(nodes, field.EdgeType).TryGetValue("node", out var edgeNodes))
                    {
                        items.AddRange(edgeNodes);
                    }

                    break;
                case "nodes" or "items":
                    NeedsItems = true;
                    items.AddRange(nodes);
                    break;
                case "pageInfo":
                    NeedsItems = true;
                    break;
                case "totalCount":
                    NeedsTotalCount = true;
                    break;
                case "aggregate" when field.Aggregates is not null:
                    AggregateTerms = AggregateQuery.Terms(field.Aggregates, collector, nodes);
                    break;
            }
        }

        return items;
    }
}
