using System.Linq.Expressions;

namespace Graph.Engine.Data.Aggregates;

/// <summary>How a date or date-time group key is truncated (<c>DateGrouping</c> in the schema).</summary>
public enum DateGrouping
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// Date keys as LINQ that both LINQ to objects and Npgsql translate: a date-time becomes its UTC date
/// (<c>CAST(x AT TIME ZONE 'UTC' AS date)</c>), a week starts on its Monday (ISO 8601: <c>d - (dow + 6) % 7</c>),
/// a month and a year on their first day (<c>make_date(year, month, 1)</c>). Keys are dates, never times.
/// </summary>
internal static class DateGroupingExpressions
{
    public static bool IsDate(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset));

    /// <summary>The key of <paramref name="value"/> (a date or date-time, maybe nullable) for <paramref name="grouping"/>, as <c>DateOnly?</c>.</summary>
    public static Expression Truncate(Expression value, DateGrouping grouping)
    {
        var underlying = Nullable.GetUnderlyingType(value.Type);
        if (underlying is null)
            return Expression.Convert(TruncateValue(value, grouping), typeof(DateOnly?));

        // x.HasValue ? (DateOnly?)truncate(x.Value) : null
        return Expression.Condition(
            Expression.Property(value, "HasValue"),
            Expression.Convert(TruncateValue(Expression.Property(value, "Value"), grouping), typeof(DateOnly?)),
            Expression.Constant(null, typeof(DateOnly?)));
    }

    private static Expression TruncateValue(Expression value, DateGrouping grouping)
    {
        var day = Day(value);
        return grouping switch
        {
            DateGrouping.Day => day,
            DateGrouping.Week => Expression.Call(
                day,
                typeof(DateOnly).GetMethod(nameof(DateOnly.AddDays))!,
                Expression.Negate(Expression.Modulo(
                    Expression.Add(Expression.Convert(Expression.Property(day, nameof(DateOnly.DayOfWeek)), typeof(int)), Expression.Constant(6)),
                    Expression.Constant(7)))),
            DateGrouping.Month => NewDate(Expression.Property(day, nameof(DateOnly.Year)), Expression.Property(day, nameof(DateOnly.Month))),
            _ => NewDate(Expression.Property(day, nameof(DateOnly.Year)), Expression.Constant(1)),
        };
    }

    private static Expression Day(Expression value)
    {
        var fromDateTime = typeof(DateOnly).GetMethod(nameof(DateOnly.FromDateTime), [typeof(DateTime)])!;
        if (value.Type == typeof(DateOnly))
            return value;
        if (value.Type == typeof(DateTimeOffset))
            return Expression.Call(fromDateTime, Expression.Property(value, nameof(DateTimeOffset.UtcDateTime)));
        return Expression.Call(fromDateTime, value);
    }

    private static NewExpression NewDate(Expression year, Expression month) =>
        Expression.New(typeof(DateOnly).GetConstructor([typeof(int), typeof(int), typeof(int)])!, year, month, Expression.Constant(1));
}
