using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Data.Expressions;

namespace Graph.Engine.Data;

/// <summary>
/// The members a data field's <c>where</c>, <c>order</c> and aggregates read that the caller may read on some rows
/// only, each with the condition saying on which (a predicate over the member's owner). Every expression builder
/// reads such a member as <c>condition(row) ? row.Member : null</c> (SQL <c>CASE WHEN … END</c>), so no value of a
/// row the caller may not read decides what a filter matches, where a row sorts or what an aggregate computes.
/// Keyed by the property, the very instance the generated inputs and aggregate shapes hold.
/// </summary>
internal sealed class DataMemberMasks(IReadOnlyDictionary<PropertyInfo, LambdaExpression> conditions)
{
    public static DataMemberMasks None { get; } = new(new Dictionary<PropertyInfo, LambdaExpression>());

    /// <summary>Whether the caller reads <paramref name="property"/> on the row <paramref name="instance"/>; null when on every row.</summary>
    public Expression? Condition(PropertyInfo property, Expression instance) =>
        conditions.TryGetValue(property, out var condition) ? ParameterReplacer.Inline(condition, instance) : null;

    /// <summary>Whether the caller reads <paramref name="property"/> on no row at all.</summary>
    public bool HidesEverywhere(PropertyInfo property) =>
        conditions.TryGetValue(property, out var condition) && condition.Body is ConstantExpression { Value: false };

    /// <summary><c>instance.Property</c>, masked by its condition when it has one.</summary>
    public Expression Read(PropertyInfo property, Expression instance)
    {
        var value = Expression.Property(instance, property);
        return Condition(property, instance) is { } condition ? Masked(condition, value) : value;
    }

    /// <summary><c>condition ? value : null</c>, a value type lifted to nullable; a typed null when the condition holds on no row.</summary>
    public static Expression Masked(Expression condition, Expression value)
    {
        var type = Lifted(value.Type);
        return condition is ConstantExpression { Value: false }
            ? Expression.Constant(null, type)
            : Expression.Condition(condition, type == value.Type ? value : Expression.Convert(value, type), Expression.Constant(null, type));
    }

    /// <summary>The type a masked value of <paramref name="type"/> has: nullable.</summary>
    public static Type Lifted(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;
}
