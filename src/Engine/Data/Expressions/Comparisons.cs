using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Data.Expressions;

/// <summary>
/// Ordered comparisons (&lt;, &gt;, …) for every sortable CLR type, written the way LINQ providers translate them:
/// operators for numbers, dates and Guid, <c>string.Compare(a, b) op 0</c> for strings, the underlying number for
/// enums and <c>CompareTo</c> for the rest (bool).
/// </summary>
internal static class Comparisons
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Compare(Expression left, Expression right, ExpressionType operation)
    {
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string))
        {
            return Expression.MakeBinary(operation, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = left.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(operation, Expression.Convert(left, target), Expression.Convert(right, target));
        }

        if (type == typeof(bool))
        {
            var compareTo = typeof(bool).GetMethod(nameof(bool.CompareTo), [typeof(bool)])!;
            var leftValue = left.Type == type ? left : Expression.Property(left, "Value");
            var rightValue = right.Type == type ? right : Expression.Property(right, "Value");
            return Expression.MakeBinary(operation, Expression.Call(leftValue, compareTo, rightValue), Expression.Constant(0));
        }

        return Expression.MakeBinary(operation, left, right);
    }

    /// <summary>Whether values of <paramref name="type"/> can be ordered by <see cref="Compare"/>.</summary>
    public static bool IsComparable(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type.IsEnum || type == typeof(bool) || type == typeof(Guid)
            || type.IsPrimitive || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan);
    }
}
