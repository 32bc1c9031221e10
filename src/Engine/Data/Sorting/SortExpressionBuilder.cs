using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Language;

namespace Graph.Engine.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order</c> value (<c>[{ title: ASC }, { author: { name: DESC } }]</c>) into sort keys, in list
/// order and, within one item, in the order the fields are written (coercion orders them as the type declares them,
/// so the literal tells the written order, like HotChocolate's visitor of the syntax); the entity's key is appended so
/// the order is total (ties broken by primary key), which keyset cursors rely on.
/// </summary>
internal static class SortExpressionBuilder
{
    /// <param name="literal">The argument as written (a list or object literal), when it is not a variable.</param>
    /// <param name="masks">The members the caller reads on some rows only: their keys are masked.</param>
    public static List<SortKey> Build(ObjectSortInput? input, object? value, IReadOnlyList<PropertyInfo> key, ValueNode? literal = null, DataMemberMasks? masks = null)
    {
        masks ??= DataMemberMasks.None;
        var keys = new List<SortKey>();
        if (input is not null && value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is IReadOnlyDictionary<string, object?> fields)
                {
                    var itemLiteral = literal switch
                    {
                        ListValueNode list when index < list.Values.Count => list.Values[index],
                        ObjectValueNode single when index == 0 => single,
                        _ => null,
                    };
                    Collect(input, fields, itemLiteral as ObjectValueNode, [], keys, masks);
                }

                index++;
            }
        }

        foreach (var property in key)
        {
            // A masked key does not make the order total: the key itself still follows.
            var path = new MemberPath([property]);
            if (!keys.Exists(k => k.Path.Equals(path) && k.Mask is null))
            {
                keys.Add(new SortKey(path, Descending: false));
            }
        }

        return keys;
    }

    private static void Collect(ObjectSortInput input, IReadOnlyDictionary<string, object?> fields, ObjectValueNode? literal, List<PropertyInfo> prefix, List<SortKey> keys, DataMemberMasks masks)
    {
        foreach (var (name, value) in Written(fields, literal))
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
                    var nestedLiteral = literal?.Fields.FirstOrDefault(f => f.Name.Value == name)?.Value as ObjectValueNode;
                    Collect(field.Nested, nested, nestedLiteral, properties, keys, masks);
                }

                continue;
            }

            var path = new MemberPath(properties);
            // Sorting twice by the same member adds nothing; the first direction wins.
            if (!keys.Exists(k => k.Path.Equals(path)))
            {
                keys.Add(new SortKey(path, value is SortEnumType.Desc, Mask(properties, masks)));
            }
        }
    }

    /// <summary>Whether the caller reads every member along the path on the row: null when on every row.</summary>
    private static LambdaExpression? Mask(List<PropertyInfo> properties, DataMemberMasks masks)
    {
        var row = Expression.Parameter(properties[0].ReflectedType!, "x");
        Expression instance = row;
        Expression? all = null;
        foreach (var property in properties)
        {
            if (masks.Condition(property, instance) is { } condition)
            {
                if (condition is ConstantExpression { Value: false })
                {
                    return Expression.Lambda(condition, row);
                }

                all = all is null ? condition : Expression.AndAlso(all, condition);
            }

            instance = Expression.Property(instance, property);
        }

        return all is null ? null : Expression.Lambda(all, row);
    }

    /// <summary>The coerced fields in the order the literal writes them (coerced order for what it lacks).</summary>
    private static IEnumerable<KeyValuePair<string, object?>> Written(IReadOnlyDictionary<string, object?> fields, ObjectValueNode? literal)
    {
        if (literal is null)
        {
            return fields;
        }

        var written = literal.Fields.Select(f => f.Name.Value).ToList();
        return fields.OrderBy(f => written.IndexOf(f.Key) is var i and >= 0 ? i : int.MaxValue);
    }
}
