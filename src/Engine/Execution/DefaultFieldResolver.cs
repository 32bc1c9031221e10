using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Graph.Engine.Execution;

/// <summary>
/// The resolver of fields without one (graphql-js's defaultFieldResolver): the parent's entry of that name
/// when the parent is a string-keyed map or a JSON object, else its public property (or field) of that name,
/// matched case-insensitively so <c>name</c> reads <c>Name</c>. Getters are compiled once per (type, name).
/// A member holding a delegate is returned as it is, never invoked.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    public static FieldResolver Instance { get; } = static context => new ValueTask<object?>(Resolve(context.Parent, context.Field.Name));

    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? Unwrap(property) : null;
            case IDictionary legacy:
                return legacy.Contains(fieldName) ? legacy[fieldName] : null;
        }

        var getter = Getters.GetOrAdd((parent.GetType(), fieldName), static key => CompileGetter(key.Type, key.Name));
        return getter?.Invoke(parent);
    }

    /// <summary>JSON objects stay elements (their fields resolve by name); leaves become CLR values for scalars.</summary>
    private static object? Unwrap(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return element;
            case JsonValueKind.Array:
                var items = new object?[element.GetArrayLength()];
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[index++] = Unwrap(item);
                }

                return items;
            default:
                return JsonValues.FromJsonElement(element);
        }
    }

    private static Func<object, object?>? CompileGetter(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = type.GetProperty(name, flags) is { GetMethod.IsPublic: true } exact && exact.GetIndexParameters().Length == 0
            ? exact
            : null;
        if (member is null)
        {
            foreach (var property in type.GetProperties(flags))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true } &&
                    string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    member = property;
                    break;
                }
            }
        }

        member ??= type.GetField(name, flags | BindingFlags.IgnoreCase);
        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var access = Expression.MakeMemberAccess(Expression.Convert(instance, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }
}
