using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Graph.Engine.Data.Expressions;

/// <summary>
/// Holds a value a query compares with. Query providers read a field of a captured object as a parameter
/// (EF Core: <c>@Value</c>), whereas a <see cref="ConstantExpression"/> of the value could be inlined into the SQL
/// text — so user values always reach expressions through a box, exactly like a C# closure would capture them.
/// </summary>
public sealed class ParameterBox<T>(T value)
{
    public readonly T Value = value;
}

/// <summary>Creates the member access to a boxed value.</summary>
public static class QueryParameter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object>> Factories = new();

    /// <summary><c>box.Value</c> for a new box holding <paramref name="value"/>, typed <paramref name="type"/>.</summary>
    public static MemberExpression Create(object? value, Type type)
    {
        var factory = Factories.GetOrAdd(type, static t =>
        {
            var boxType = typeof(ParameterBox<>).MakeGenericType(t);
            var constructor = boxType.GetConstructor([t])!;
            var parameter = Expression.Parameter(typeof(object), "value");
            var create = Expression.Lambda<Func<object?, object>>(Expression.New(constructor, Expression.Convert(parameter, t)), parameter);
            return create.Compile();
        });
        var box = factory(value);
        return Expression.Field(Expression.Constant(box), nameof(ParameterBox<object>.Value));
    }

    public static MemberExpression Create<T>(T value) =>
        Expression.Field(Expression.Constant(new ParameterBox<T>(value)), nameof(ParameterBox<T>.Value));
}
