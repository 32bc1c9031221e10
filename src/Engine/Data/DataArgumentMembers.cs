using System.Collections;
using System.Reflection;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Filtering;
using Graph.Engine.Data.Sorting;

namespace Graph.Engine.Data;

/// <summary>An entity member that a <c>where</c>, an <c>order</c> or an aggregate reads: what it reveals about rows.</summary>
public readonly record struct DataMember(Type Owner, PropertyInfo Property);

/// <summary>
/// The members a data field's arguments and aggregates read, walking the coerced values along their generated input
/// types as the expression builders do (<c>and</c>/<c>or</c>, nested objects, list element filters, nested sorts).
/// </summary>
internal static class DataArgumentMembers
{
    public static List<DataMember> Collect(DataField field, IReadOnlyDictionary<string, object?> arguments, IEnumerable<AggregateTerm> aggregates)
    {
        var members = new List<DataMember>();
        if (field.Filter is not null && arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where)
            Filter(field.Filter, where, members);
        if (field.Sort is not null && arguments.GetValueOrDefault("order") is IEnumerable order)
        {
            foreach (var item in order.OfType<IReadOnlyDictionary<string, object?>>())
                Sort(field.Sort, item, members);
        }

        foreach (var term in aggregates)
        {
            if (term.Property is { } property)
                members.Add(new DataMember(field.Entity.ClrType, property));
        }

        return members;
    }

    private static void Filter(ObjectFilterInput input, IReadOnlyDictionary<string, object?> fields, List<DataMember> members)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
                continue;
            if (name is "and" or "or")
            {
                foreach (var item in Items(value))
                    Filter(input, item, members);
                continue;
            }

            if (!input.Fields.TryGetValue(name, out var field))
                continue;
            members.Add(new DataMember(input.ClrType, field.Property));
            switch (field.Input, value)
            {
                case (ObjectFilterInput nested, IReadOnlyDictionary<string, object?> nestedFields):
                    Filter(nested, nestedFields, members);
                    break;
                case (ListFilterInput list, IReadOnlyDictionary<string, object?> operations):
                    foreach (var element in operations.Values.OfType<IReadOnlyDictionary<string, object?>>())
                        Filter(list.Element, element, members);
                    break;
            }
        }
    }

    private static void Sort(ObjectSortInput input, IReadOnlyDictionary<string, object?> fields, List<DataMember> members)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null || !input.Fields.TryGetValue(name, out var field))
                continue;
            members.Add(new DataMember(input.Entity.ClrType, field.Property));
            if (field.Nested is not null && value is IReadOnlyDictionary<string, object?> nested)
                Sort(field.Nested, nested, members);
        }
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object value) =>
        value is IReadOnlyDictionary<string, object?> single
            ? [single]
            : ((IEnumerable)value).OfType<IReadOnlyDictionary<string, object?>>();
}
