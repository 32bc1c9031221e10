using System.Reflection;
using Graph.Engine.Data.Sorting;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Aggregates;

/// <summary>
/// Generates what <c>groups</c> on a root connection needs for an entity: <c>{T}GroupByField</c> (an enum of its
/// sortable scalar and enum fields but its key), <c>{T}GroupByInput { field dateGrouping }</c>, <c>{T}GroupKey</c> (one nullable
/// field per groupable field, typed as the field; dates and date-times as <c>Date</c>), and <c>{T}Group</c> (its
/// <c>key</c> and the fields of <c>{T}Aggregate</c>: count, sum, avg, min, max), plus the one <c>DateGrouping</c> enum.
/// </summary>
internal sealed class AggregateGroupTypeFactory(IList<NamedType> schemaTypes)
{
    private readonly Dictionary<Type, GroupShape?> _shapes = [];
    private EnumType? _dateGrouping;

    /// <summary>The entity's group types; null when it has no groupable field.</summary>
    public GroupShape? For(EntityMetadata entity, AggregateShape aggregate)
    {
        if (_shapes.TryGetValue(entity.ClrType, out var existing))
            return existing;

        var keys = new Dictionary<string, GroupKeyField>(StringComparer.Ordinal);
        var enumValues = new List<EnumValue>();
        var keyFields = new List<OutputField>();
        foreach (var (field, property) in entity.Fields())
        {
            // A key is one row's: grouping by it is listing the rows.
            if (!SortTypeFactory.IsSortable(field, property) || entity.Key.Contains(property))
                continue;
            var isDate = DateGroupingExpressions.IsDate(property.PropertyType);
            var name = field.Name;
            keys[name] = new GroupKeyField(name, property, isDate);
            enumValues.Add(new EnumValue(NameConventions.EnumValueName(name), name) { Description = field.Description });
            keyFields.Add(new OutputField(name, isDate ? Scalars.Date : field.Type.GetNamedType())
            {
                Description = isDate
                    ? $"The group's `{name}`: its date (a date-time's UTC date), or the first day of its week (Monday), month or year."
                    : $"The group's `{name}`.",
                Resolver = context => new ValueTask<object?>(((IReadOnlyDictionary<string, object?>)context.Parent!).GetValueOrDefault(name)),
            });
        }

        if (keys.Count == 0)
        {
            _shapes[entity.ClrType] = null;
            return null;
        }

        var typeName = entity.Type.Name;
        var fieldEnum = new EnumType(typeName + "GroupByField") { Description = $"A field {typeName} items are grouped by: any sortable field." };
        fieldEnum.SetValues(enumValues);

        var byInput = new InputObjectType(typeName + "GroupByInput") { Description = $"One key of {typeName} groups." };
        byInput.SetFields(
        [
            new InputValue("field", new NonNullType(fieldEnum)) { Description = "The field whose values form the groups." },
            new InputValue("dateGrouping", DateGroupingType())
            {
                Description = "For a date or date-time field: group by its day (the default; a date-time's UTC date), week (from Monday), month or year. Refused on other fields.",
            },
        ]);

        var keyType = new ObjectType(typeName + "GroupKey") { Description = $"The values a {typeName} group shares: the fields it is grouped by (the others are null)." };
        keyType.SetFields(keyFields);

        var groupType = new ObjectType(typeName + "Group") { Description = $"{typeName} items sharing the values of the grouped fields, with their aggregates." };
        var groupFields = new List<OutputField>
        {
            new("key", new NonNullType(keyType))
            {
                Description = "The values of the grouped fields.",
                Resolver = static context => new ValueTask<object?>(((AggregateValues)context.Parent!).Keys),
            },
        };
        foreach (var field in aggregate.Type.Fields)
        {
            groupFields.Add(new OutputField(field.Name, field.Type)
            {
                Description = field.Name == "count" ? "The number of items in the group." : field.Description,
                Resolver = field.Resolver,
            });
        }

        groupType.SetFields(groupFields);
        schemaTypes.Add(fieldEnum);
        schemaTypes.Add(byInput);
        schemaTypes.Add(keyType);
        schemaTypes.Add(groupType);
        var shape = new GroupShape(groupType, byInput, keys);
        _shapes[entity.ClrType] = shape;
        return shape;
    }

    /// <summary>The <see cref="OutputField.ContextData"/> key of a <c>groups</c> field's (default, max) number of groups, for its cost.</summary>
    public const string LimitsKey = "Graph.Engine.Data.Groups";

    /// <summary><c>groups(by: [{T}GroupByInput!]!, first: Int): [{T}Group!]!</c>.</summary>
    public static OutputField GroupsField(GroupShape shape, int defaultGroups, int maxGroups)
    {
        var field = Create(shape, defaultGroups, maxGroups);
        field.ContextData[LimitsKey] = (defaultGroups, maxGroups);
        return field;
    }

    private static OutputField Create(GroupShape shape, int defaultGroups, int maxGroups) => new("groups", new NonNullType(new ListType(new NonNullType(shape.Type))))
    {
        Description = "The items the filter selects (not only this page) grouped by the values of up to "
            + $"{AggregateGroupQuery.MaxKeys} fields, with each group's aggregates, in one query, ordered by the keys "
            + $"(nulls last). At most `first` groups ({defaultGroups} by default, at most {maxGroups}).",
        Arguments =
        [
            new InputValue("by", new NonNullType(new ListType(new NonNullType(shape.ByInput)))) { Description = "The fields to group by, in the order the groups are sorted by." },
            new InputValue("first", Scalars.Int) { Description = "The number of groups to return at most." },
        ],
    };

    private EnumType DateGroupingType()
    {
        if (_dateGrouping is not null)
            return _dateGrouping;
        _dateGrouping = new EnumType("DateGrouping") { RuntimeType = typeof(DateGrouping), Description = "How date keys group: by day, by week (from Monday, ISO 8601), by month or by year." };
        _dateGrouping.SetValues(
        [
            new EnumValue("DAY", DateGrouping.Day),
            new EnumValue("WEEK", DateGrouping.Week),
            new EnumValue("MONTH", DateGrouping.Month),
            new EnumValue("YEAR", DateGrouping.Year),
        ]);
        schemaTypes.Add(_dateGrouping);
        return _dateGrouping;
    }
}

/// <summary>A field groups can be formed by: its property, and whether it is a date (truncated by <see cref="DateGrouping"/>).</summary>
internal sealed record GroupKeyField(string Name, PropertyInfo Property, bool IsDate);

/// <summary>An entity's group type, its <c>by</c> input, and the fields groups can be formed by (by field name).</summary>
internal sealed class GroupShape(ObjectType type, InputObjectType byInput, IReadOnlyDictionary<string, GroupKeyField> keys)
{
    public ObjectType Type { get; } = type;

    public InputObjectType ByInput { get; } = byInput;

    public IReadOnlyDictionary<string, GroupKeyField> Keys { get; } = keys;
}
