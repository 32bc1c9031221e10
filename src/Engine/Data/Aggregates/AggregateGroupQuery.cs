using System.Collections;
using System.Linq.Expressions;
using Graph.Engine.Authorization;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Projections;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Aggregates;

/// <summary>
/// One <c>groups(by:, first:)</c> request: its keys, the aggregates its selection asks for, and the masks of the members
/// both read. Its query is one SQL statement over the filtered rows (the row rules included, as the provider applies
/// them to every query): <c>SELECT k1, k2, count(*), sum(x), … GROUP BY k1, k2 ORDER BY k1, k2 LIMIT first</c>; a
/// nested field's groups are the groups of all the parents of a level at once, the parent's key leading every key.
/// </summary>
internal sealed class AggregateGroupQuery
{
    /// <summary>At most this many keys per grouping.</summary>
    public const int MaxKeys = 4;

    public const string InvalidGroupingCode = "INVALID_GROUPING";

    private AggregateGroupQuery(List<(GroupKeyField Field, DateGrouping? Grouping)> keys, int first, List<AggregateTerm> terms, List<AggregateTerm> queried, DataMemberMasks masks)
    {
        Keys = keys;
        First = first;
        Terms = terms;
        Queried = queried;
        Masks = masks;
    }

    public List<(GroupKeyField Field, DateGrouping? Grouping)> Keys { get; }

    /// <summary>The most groups to return (per parent for a nested field).</summary>
    public int First { get; }

    public List<AggregateTerm> Terms { get; }

    public List<AggregateTerm> Queried { get; }

    public DataMemberMasks Masks { get; }

    /// <summary>Reads the <c>groups</c> field's arguments and selection (<paramref name="context"/> is the groups field's).</summary>
    public static async ValueTask<AggregateGroupQuery> CreateAsync(DataField field, IResolverContext context)
    {
        var (aggregates, shape) = (field.Aggregates!, field.Groups!);
        var coordinate = field.Coordinate + ".groups";
        var keys = ReadKeys(shape, context.Arguments.GetValueOrDefault("by"), coordinate);
        var first = ReadFirst(context.Arguments.GetValueOrDefault("first"), field.DefaultGroups, field.MaxGroups, coordinate);
        var terms = AggregateQuery.Terms(aggregates, new SelectionCollector(context), context.FieldNodes, shape.Type);
        var owner = field.Entity.ClrType;
        var members = keys.Select(k => new DataMember(owner, k.Field.Property))
            .Concat(terms.Where(t => t.Property is not null).Select(t => new DataMember(owner, t.Property!)))
            .ToList();
        var masks = await DataArgumentAuthorization.MasksAsync(context, members).ConfigureAwait(false);
        return new AggregateGroupQuery(keys, first, terms, AggregateQuery.Queried(terms, masks), masks);
    }

    /// <summary>The groups of a root field's filtered rows.</summary>
    public static async ValueTask<IReadOnlyList<AggregateValues>> ExecuteAsync<T>(IQueryable<T> filtered, DataField field, IResolverContext context)
    {
        var request = await CreateAsync(field, context).ConfigureAwait(false);
        if (request.First == 0)
            return [];
        var query = request.Query(filtered.Expression, typeof(T), null, null, limit: true);
        var rows = await field.Provider.ToListAsync(filtered.Provider.CreateQuery<object?[]>(query), context).ConfigureAwait(false);
        return [.. rows.Select(row => request.Read(row, 0))];
    }

    /// <summary>
    /// <c>source.GroupBy(s =&gt; new GroupKey { K0 = parentKey(s), K1 = key1(item(s)), … }, item).OrderBy(K0)….Take(first)
    /// .Select(g =&gt; new object[] { g.Key.K0, …, g.Count(), g.Sum(x =&gt; …), … })</c>; without a parent key and item,
    /// the source's elements are the items.
    /// </summary>
    public Expression Query(Expression source, Type itemType, LambdaExpression? parentKey, LambdaExpression? item, bool limit)
    {
        var sourceType = LinqMethods.ElementType(source);
        var s = Expression.Parameter(sourceType, "s");
        var instance = item is null ? s : ParameterReplacer.Inline(item, s);
        var keyValues = new List<Expression>();
        if (parentKey is not null)
            keyValues.Add(ParameterReplacer.Inline(parentKey, s));
        keyValues.AddRange(Keys.Select(k => KeyValue(k.Field, k.Grouping, instance)));

        var keyClass = GroupKey.Type([.. keyValues.Select(v => v.Type)]);
        var keySelector = Expression.Lambda(
            Expression.MemberInit(Expression.New(keyClass), keyValues.Select((v, i) => Expression.Bind(keyClass.GetProperty(GroupKey.Slot(i))!, v))),
            s);
        Expression query = item is null
            ? Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [sourceType, keyClass], source, Expression.Quote(keySelector))
            : Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [sourceType, keyClass, itemType], source, Expression.Quote(keySelector), Expression.Quote(item));

        var groupingType = typeof(IGrouping<,>).MakeGenericType(keyClass, itemType);
        for (var i = 0; i < keyValues.Count; i++)
        {
            var g = Expression.Parameter(groupingType, "g");
            var key = Expression.Property(Expression.Property(g, "Key"), GroupKey.Slot(i));
            query = Expression.Call(
                typeof(Queryable), i == 0 ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy), [groupingType, key.Type], query, Expression.Quote(Expression.Lambda(key, g)));
        }

        if (limit)
            query = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [groupingType], query, QueryParameter.Create(First));

        var group = Expression.Parameter(groupingType, "g");
        var row = Expression.NewArrayInit(
            typeof(object),
            keyValues.Select((_, i) => (Expression)Expression.Convert(Expression.Property(Expression.Property(group, "Key"), GroupKey.Slot(i)), typeof(object)))
                .Concat(((NewArrayExpression)AggregateQuery.Row(Queried, group, Masks)).Expressions));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Select), [groupingType, typeof(object?[])], query, Expression.Quote(Expression.Lambda(row, group)));
    }

    /// <summary>A group from its row: the keys from <paramref name="offset"/> on (a parent key before them), then the aggregates.</summary>
    public AggregateValues Read(object?[] row, int offset)
    {
        var keys = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < Keys.Count; i++)
            keys[Keys[i].Field.Name] = row[offset + i];
        return AggregateQuery.Read(Terms, Queried, row[(offset + Keys.Count)..]).WithKeys(keys);
    }

    /// <summary>The keys <c>by</c> asks for, checked: 1 to <see cref="MaxKeys"/> distinct fields, date grouping on dates only.</summary>
    private static List<(GroupKeyField Field, DateGrouping? Grouping)> ReadKeys(GroupShape shape, object? by, string coordinate)
    {
        var keys = new List<(GroupKeyField, DateGrouping?)>();
        foreach (var item in by as IEnumerable ?? Array.Empty<object>())
        {
            if (item is not IReadOnlyDictionary<string, object?> input || input.GetValueOrDefault("field") is not string name || !shape.Keys.TryGetValue(name, out var field))
                continue;
            var grouping = input.GetValueOrDefault("dateGrouping") as DateGrouping?;
            if (grouping is not null && !field.IsDate)
                throw Error($"`dateGrouping` applies to date and date-time fields only; `{name}` is not one.", coordinate);
            if (keys.Exists(k => k.Item1 == field))
                throw Error($"The groups are formed by `{name}` twice.", coordinate);
            keys.Add((field, field.IsDate ? grouping ?? DateGrouping.Day : null));
        }

        if (keys.Count is 0 or > MaxKeys)
            throw Error($"Groups are formed by 1 to {MaxKeys} fields; `by` names {keys.Count}.", coordinate);
        return keys;
    }

    private static int ReadFirst(object? first, int defaultGroups, int maxGroups, string coordinate)
    {
        var value = first is null ? defaultGroups : Convert.ToInt32(first, System.Globalization.CultureInfo.InvariantCulture);
        if (value < 0 || value > maxGroups)
            throw Error($"`first` asks for {value} groups; between 0 and {maxGroups} may be asked for.", coordinate);
        return value;
    }

    /// <summary>The key's value for a row: the member (masked where the caller may not read it), a date truncated.</summary>
    private Expression KeyValue(GroupKeyField field, DateGrouping? grouping, Expression item)
    {
        var value = Masks.Read(field.Property, item);
        return grouping is { } unit ? DateGroupingExpressions.Truncate(value, unit) : value;
    }

    private static GraphQLException Error(string message, string coordinate) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = InvalidGroupingCode, ["coordinate"] = coordinate }));
}

/// <summary>A group key of up to five values (a parent's key and <see cref="AggregateGroupQuery.MaxKeys"/> keys), as LINQ providers group by: member init of a
/// record (value equality, for LINQ to objects).</summary>
internal static class GroupKey
{
    public static string Slot(int index) => "K" + index;

    public static Type Type(Type[] types) => types.Length switch
    {
        1 => typeof(GroupKey<>).MakeGenericType(types),
        2 => typeof(GroupKey<,>).MakeGenericType(types),
        3 => typeof(GroupKey<,,>).MakeGenericType(types),
        4 => typeof(GroupKey<,,,>).MakeGenericType(types),
        5 => typeof(GroupKey<,,,,>).MakeGenericType(types),
        _ => throw new ArgumentOutOfRangeException(nameof(types)),
    };
}

internal sealed record GroupKey<T0>
{
    public T0 K0 { get; set; } = default!;
}

internal sealed record GroupKey<T0, T1>
{
    public T0 K0 { get; set; } = default!;

    public T1 K1 { get; set; } = default!;
}

internal sealed record GroupKey<T0, T1, T2>
{
    public T0 K0 { get; set; } = default!;

    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;
}

internal sealed record GroupKey<T0, T1, T2, T3>
{
    public T0 K0 { get; set; } = default!;

    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;

    public T3 K3 { get; set; } = default!;
}

internal sealed record GroupKey<T0, T1, T2, T3, T4>
{
    public T0 K0 { get; set; } = default!;

    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;

    public T3 K3 { get; set; } = default!;

    public T4 K4 { get; set; } = default!;
}
