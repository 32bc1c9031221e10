using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Graph.Engine.Types;

/// <summary>How CLR types read as GraphQL types: async wrappers, lists, nullability and the scalar mapping.</summary>
internal static class ClrTypes
{
    public static readonly IReadOnlyDictionary<Type, ScalarType> DefaultScalars = new Dictionary<Type, ScalarType>
    {
        [typeof(string)] = Scalars.String,
        [typeof(char)] = Scalars.String,
        [typeof(int)] = Scalars.Int,
        [typeof(short)] = Scalars.Int,
        [typeof(byte)] = Scalars.Int,
        [typeof(sbyte)] = Scalars.Int,
        [typeof(ushort)] = Scalars.Int,
        [typeof(long)] = Scalars.Long,
        [typeof(uint)] = Scalars.Long,
        [typeof(double)] = Scalars.Float,
        [typeof(float)] = Scalars.Float,
        [typeof(decimal)] = Scalars.Decimal,
        [typeof(bool)] = Scalars.Boolean,
        [typeof(Guid)] = Scalars.Uuid,
        [typeof(DateTimeOffset)] = Scalars.DateTime,
        [typeof(DateTime)] = Scalars.DateTime,
        [typeof(DateOnly)] = Scalars.Date,
        [typeof(TimeOnly)] = Scalars.LocalTime,
        [typeof(Uri)] = Scalars.Url,
        [typeof(JsonElement)] = Scalars.Json,
        [typeof(JsonDocument)] = Scalars.Json,
        [typeof(object)] = Scalars.Json,
    };

    /// <summary>Task&lt;T&gt; / ValueTask&lt;T&gt; → T (with its nullability); other types unchanged.</summary>
    public static (Type Type, NullabilityInfo? Nullability) UnwrapAsync(Type type, NullabilityInfo? nullability)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>))
            {
                return (type.GetGenericArguments()[0], Argument(nullability, 0));
            }
        }

        return (type, nullability);
    }

    /// <summary>IAsyncEnumerable&lt;T&gt; (possibly inside Task/ValueTask) → T, for subscription fields.</summary>
    public static bool TryGetAsyncStreamItem(Type type, NullabilityInfo? nullability, out Type item, out NullabilityInfo? itemNullability)
    {
        (type, nullability) = UnwrapAsync(type, nullability);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            item = type.GetGenericArguments()[0];
            itemNullability = Argument(nullability, 0);
            return true;
        }

        item = type;
        itemNullability = null;
        return false;
    }

    /// <summary>The element type of a list-like CLR type (arrays and IEnumerable&lt;T&gt;, not strings or dictionaries).</summary>
    public static bool TryGetListElement(Type type, NullabilityInfo? nullability, out Type element, out NullabilityInfo? elementNullability)
    {
        element = type;
        elementNullability = null;
        if (type == typeof(string) || IsDictionary(type) || type == typeof(JsonElement))
        {
            return false;
        }

        if (type.IsArray)
        {
            element = type.GetElementType()!;
            elementNullability = nullability?.ElementType;
            return true;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
        {
            return false;
        }

        element = enumerable.GetGenericArguments()[0];
        if (type.IsGenericType && type.GetGenericArguments().Length == 1 && type.GetGenericArguments()[0] == element)
        {
            elementNullability = Argument(nullability, 0);
        }

        return true;
    }

    public static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    /// <summary>Whether a value of this CLR type (with this nullability) may be null.</summary>
    public static bool IsNullable(Type type, NullabilityInfo? nullability, bool input)
    {
        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }

        if (nullability is null)
        {
            return true;
        }

        var state = input && nullability.WriteState != NullabilityState.Unknown ? nullability.WriteState : nullability.ReadState;
        return state != NullabilityState.NotNull;
    }

    private static NullabilityInfo? Argument(NullabilityInfo? nullability, int index) =>
        nullability is not null && nullability.GenericTypeArguments.Length > index ? nullability.GenericTypeArguments[index] : null;
}
