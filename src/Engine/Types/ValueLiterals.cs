using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>Conversions between runtime values and value literals (graphql-js astFromValue, valueFromASTUntyped).</summary>
public static class ValueLiterals
{
    /// <summary>
    /// astFromValue: a runtime (internal) value of an input type as a literal, e.g. to print a default value.
    /// Returns null when the value cannot be represented (e.g. null for a non-null type).
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        if (value is JsonElement element && type is not ScalarType)
        {
            value = JsonValues.ToClr(element);
            if (value is null)
            {
                return new NullValueNode();
            }
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<ValueNode>();
                    foreach (var item in (IEnumerable)value)
                    {
                        var itemNode = AstFromValue(item, list.OfType);
                        if (itemNode is not null)
                        {
                            items.Add(itemNode);
                        }
                    }

                    return new ListValueNode(items);
                }

                return AstFromValue(value, list.OfType);
            case InputObjectType input:
                return InputObjectToAst(value, input);
            case EnumType @enum:
                return new EnumValueNode(SerializeEnum(@enum, value));
            case ScalarType scalar:
                return LeafToAst(scalar.Serialize(value), scalar);
            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    /// <summary>valueFromASTUntyped: a literal as a plain value (numbers, strings, lists, dictionaries), variables substituted.</summary>
    public static object? ValueFromAstUntyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (node)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
                    ? large
                    : double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                var values = new List<object?>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    values.Add(ValueFromAstUntyped(item, variables));
                }

                return values;
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    map[field.Name.Value] = ValueFromAstUntyped(field.Value, variables);
                }

                return map;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out var value) ? value : null;
            default:
                return null;
        }
    }

    /// <summary>graphql-js defaultScalarValueToLiteral: a JSON-like value as a literal, for scalars without their own.</summary>
    public static ValueNode DefaultScalarValueToLiteral(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return new StringValueNode(s);
            case JsonElement element:
                return JsonValues.ToLiteral(element);
        }

        if (JsNumber.TryGetDouble(value, out var number))
        {
            if (!double.IsFinite(number))
            {
                return new NullValueNode();
            }

            var text = JsNumber.ToJsString(value);
            return FloatType.IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        if (TryGetEntries(value, out var entries))
        {
            var fields = new List<ObjectFieldNode>();
            foreach (var (key, fieldValue) in entries)
            {
                fields.Add(new ObjectFieldNode(new NameNode(key), DefaultScalarValueToLiteral(fieldValue)));
            }

            return new ObjectValueNode(fields);
        }

        if (value is IEnumerable items)
        {
            var values = new List<ValueNode>();
            foreach (var item in items)
            {
                values.Add(DefaultScalarValueToLiteral(item));
            }

            return new ListValueNode(values);
        }

        throw new CoercionException($"Cannot convert value to AST: {ValueInspector.Inspect(value)}.");
    }

    /// <summary>The name of the enum value a runtime value stands for (an enum's result coercion).</summary>
    internal static string SerializeEnum(EnumType type, object value)
    {
        var found = type.GetValueByRuntimeValue(value);
        if (found is null && value is string name && type.RuntimeType is null)
        {
            found = type.GetValue(name);
        }

        return found?.Name ?? throw new CoercionException($"Enum \"{type.Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    private static ValueNode? InputObjectToAst(object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        if (IsDictionary(value) && TryGetEntries(value, out var entries))
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (key, fieldValue) in entries)
            {
                map[key] = fieldValue;
            }

            foreach (var field in type.Fields)
            {
                if (map.TryGetValue(field.Name, out var fieldValue))
                {
                    var node = AstFromValue(fieldValue, field.Type);
                    if (node is not null)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                    }
                }
            }

            return new ObjectValueNode(fields);
        }

        if (value is string || JsNumber.TryGetDouble(value, out _) || value is bool || value is IEnumerable)
        {
            return null;
        }

        // A CLR object (code-first input): unset (null) members count as absent.
        foreach (var field in type.Fields)
        {
            var fieldValue = ReadMember(value, field);
            if (fieldValue is null)
            {
                continue;
            }

            var node = AstFromValue(fieldValue, field.Type);
            if (node is not null)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static object? ReadMember(object value, InputValue field)
    {
        switch (field.ClrMember)
        {
            case PropertyInfo property when property.DeclaringType!.IsInstanceOfType(value):
                return property.GetValue(value);
            case FieldInfo member when member.DeclaringType!.IsInstanceOfType(value):
                return member.GetValue(value);
        }

        var byName = value.GetType().GetProperty(field.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return byName?.GetValue(value);
    }

    private static ValueNode LeafToAst(object coerced, ScalarType scalar)
    {
        switch (coerced)
        {
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                if (scalar.Name == "ID" && FloatType.IsIntegerText(s))
                {
                    return new IntValueNode(s);
                }

                return new StringValueNode(s);
            case JsonElement element:
                return JsonValues.ToLiteral(element);
        }

        if (JsNumber.TryGetDouble(coerced, out var number) && double.IsFinite(number))
        {
            var text = JsNumber.ToJsString(coerced);
            return FloatType.IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        return scalar.ValueToLiteral(coerced);
    }

    private static bool IsList(object value) => value is IEnumerable and not string && !IsDictionary(value);

    private static bool IsDictionary(object value) => value is IDictionary or IEnumerable<KeyValuePair<string, object?>>;

    private static bool TryGetEntries(object value, out IEnumerable<(string Key, object? Value)> entries)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                entries = pairs.Select(p => (p.Key, p.Value));
                return true;
            case IDictionary dictionary:
                entries = dictionary.Cast<DictionaryEntry>().Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture)!, e.Value));
                return true;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                entries = element.EnumerateObject().Select(p => (p.Name, (object?)JsonValues.ToClr(p.Value)));
                return true;
            default:
                entries = [];
                return false;
        }
    }
}
