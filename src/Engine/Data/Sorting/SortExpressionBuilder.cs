using System.Collections;
using System.Reflection;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order</c> value (<c>[{ title: ASC }, { author: { name: DESC } }]</c>) into sort keys, in list
/// order and, within one item, field order; the entity's key is appended so the order is total (ties broken by
/// primary key), which keyset cursors rely on.
/// </summary>
internal static class SortExpressionBuilder
{
    public static List<SortKey> Build(ObjectSortInput? input, object? value, IReadOnlyList<PropertyInfo> key)
    {
        var keys = new List<SortKey>();
        if (input is not null && value is IEnumerable items)
        {
            foreach (var item in items)
            {
                if (item is IReadOnlyDictionary<string, object?> fields)
                {
                    Collect(input, fields, [], keys);
                }
            }
        }

        foreach (var property in key)
        {
            var path = new MemberPath([property]);
            if (!keys.Exists(k => k.Path.Equals(path)))
            {
                keys.Add(new SortKey(path, Descending: false));
            }
        }

        return keys;
    }

    private static void Collect(ObjectSortInput input, IReadOnlyDictionary<string, object?> fields, List<PropertyInfo> prefix, List<SortKey> keys)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null || !input.Fields.TryGetValue(name, out var field))
            {
                continue;
            }

            var properties = new List<PropertyInfo>(prefix) { field.Property };
            if (field.Nested is not null)
            {
                if (value is IReadOnlyDictionary<string, object?> nested)
                {
                    Collect(field.Nested, nested, properties, keys);
                }

                continue;
            }

            var path = new MemberPath(properties);
            // Sorting twice by the same member adds nothing; the first direction wins.
            if (!keys.Exists(k => k.Path.Equals(path)))
            {
                keys.Add(new SortKey(path, value is SortEnumType.Desc));
            }
        }
    }
}
