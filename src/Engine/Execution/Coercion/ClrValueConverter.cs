using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;

namespace Graph.Engine.Execution;

/// <summary>
/// Converts coerced runtime values (lists as <c>List&lt;object?&gt;</c>, numbers as the scalar produced them) to the
/// CLR types of input-object members and resolver parameters: numeric widening/narrowing, nullable unwrapping,
/// arrays and generic collections, and enums by name.
/// </summary>
public static class ClrValueConverter
{
    private static readonly ConcurrentDictionary<Type, object?> Defaults = new();

    public static object? DefaultOf(Type type) =>
        type.IsValueType ? Defaults.GetOrAdd(type, static t => Activator.CreateInstance(t)) : null;

    public static T? Convert<T>(object? value) => value is T typed ? typed : (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return DefaultOf(target);
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (value is IConvertible && (underlying.IsPrimitive || underlying == typeof(decimal)))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (value is IList list && value is not string)
        {
            return ConvertList(list, underlying);
        }

        throw new InvalidCastException($"Cannot convert a value of type {value.GetType()} to {target}.");
    }

    private static object ConvertList(IList list, Type target)
    {
        if (target.IsArray)
        {
            var elementType = target.GetElementType()!;
            var array = Array.CreateInstance(elementType, list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                array.SetValue(Convert(list[i], elementType), i);
            }

            return array;
        }

        var itemType = ElementType(target) ?? typeof(object);
        var listType = typeof(List<>).MakeGenericType(itemType);
        if (!target.IsAssignableFrom(listType) && !(target.IsClass && !target.IsAbstract))
        {
            throw new InvalidCastException($"Cannot convert a list to {target}.");
        }

        var concrete = target.IsAssignableFrom(listType) ? listType : target;
        var result = (IList)Activator.CreateInstance(concrete)!;
        foreach (var item in list)
        {
            result.Add(Convert(item, itemType));
        }

        return result;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                return implemented.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
