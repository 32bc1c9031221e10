using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Graph.Engine.Types;

/// <summary>
/// Converts coerced GraphQL values (what CoerceArgumentValues produces) to the CLR types resolver parameters
/// and input-object members declare: numbers between CLR numeric types, ID strings to Guid/int, DateTime
/// offsets to DateTime, lists to arrays/lists, and input-object dictionaries to CLR instances.
/// </summary>
public static class ArgumentConverter
{
    private static readonly ConcurrentDictionary<Type, Func<int, IList>> ListFactories = new();

    public static object? Convert(object? value, GraphType graphType, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value) && value is not IEnumerable<KeyValuePair<string, object?>> || target == typeof(object))
        {
            return value;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        var namedType = graphType.Nullable();

        if (namedType is ListType listType && ClrTypes.TryGetListElement(target, null, out var elementType, out _))
        {
            var items = value is IEnumerable enumerable and not string ? enumerable.Cast<object?>().ToList() : [value];
            return CreateList(target, elementType, items.Select(item => Convert(item, listType.OfType, elementType)).ToList());
        }

        if (namedType is InputObjectType inputType && value is IEnumerable<KeyValuePair<string, object?>> fields)
        {
            return InputObjectActivator.For(target, inputType).Create(fields);
        }

        return ConvertLeaf(value, target);
    }

    private static object? ConvertLeaf(object value, Type target)
    {
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        switch (value)
        {
            case DateTimeOffset offset when target == typeof(DateTime):
                return offset.Offset == TimeSpan.Zero ? offset.UtcDateTime : offset.DateTime;
            case DateTime dateTime when target == typeof(DateTimeOffset):
                return new DateTimeOffset(dateTime);
            case DateOnly date when target == typeof(DateTime):
                return date.ToDateTime(TimeOnly.MinValue);
            case string text when target == typeof(Guid):
                return Guid.Parse(text);
            case string text when target == typeof(Uri):
                return new Uri(text, UriKind.RelativeOrAbsolute);
            case string text when target.IsEnum:
                return Enum.Parse(target, text, ignoreCase: false);
            case JsonElement element when target != typeof(JsonElement):
                return element.Deserialize(target);
        }

        if (target.IsEnum)
        {
            return Enum.ToObject(target, value);
        }

        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static object CreateList(Type target, Type elementType, List<object?> items)
    {
        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        var factory = ListFactories.GetOrAdd(elementType, static type =>
        {
            var listType = typeof(List<>).MakeGenericType(type);
            return capacity => (IList)Activator.CreateInstance(listType, capacity)!;
        });
        var list = factory(items.Count);
        foreach (var item in items)
        {
            list.Add(item);
        }

        if (target.IsInstanceOfType(list))
        {
            return list;
        }

        // Other collection types (HashSet<T>, …) are built from the list.
        return Activator.CreateInstance(target, list)!;
    }
}
