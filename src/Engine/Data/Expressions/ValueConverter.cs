using System.Collections;
using System.Globalization;

namespace Graph.Engine.Data.Expressions;

/// <summary>
/// Converts coerced GraphQL values (DateTime scalars arrive as <see cref="DateTimeOffset"/>, Date as
/// <see cref="DateOnly"/>, Long as <see cref="long"/>, …) to the CLR type of the member they are compared with.
/// </summary>
internal static class ValueConverter
{
    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        switch (value)
        {
            // timestamptz columns hold instants; a DateTime parameter must then be UTC.
            case DateTimeOffset offset when type == typeof(DateTime):
                return offset.UtcDateTime;
            case DateTime dateTime when type == typeof(DateTimeOffset):
                return new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime);
            case DateOnly date when type == typeof(DateTime):
                return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            case DateTimeOffset offset when type == typeof(DateOnly):
                return DateOnly.FromDateTime(offset.UtcDateTime);
            case string text when type == typeof(Guid):
                return Guid.Parse(text);
            case string text when type.IsEnum:
                return Enum.Parse(type, text, ignoreCase: false);
        }

        if (type.IsEnum)
        {
            return Enum.ToObject(type, value);
        }

        return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    /// <summary>A <c>List&lt;T&gt;</c> of the converted items (what <c>in</c>/<c>nin</c> compare against).</summary>
    public static IList ConvertList(IEnumerable values, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var value in values)
        {
            list.Add(Convert(value, elementType));
        }

        return list;
    }
}
