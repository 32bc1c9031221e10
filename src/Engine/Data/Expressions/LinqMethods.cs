using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Engine.Data.Expressions;

/// <summary>
/// Builds LINQ operator calls over either an <see cref="IQueryable{T}"/> (Queryable's methods, quoted lambdas) or an
/// <see cref="IEnumerable{T}"/> inside another query's projection (Enumerable's methods, plain lambdas) — the same
/// pipeline serves root fields and per-parent navigation collections.
/// </summary>
internal static class LinqMethods
{
    private static readonly Dictionary<(bool, string, int), MethodInfo> Methods = Index();

    public static Expression Where(Expression source, LambdaExpression predicate, bool queryable) =>
        Call(queryable, nameof(Queryable.Where), [ElementType(source)], source, Lambda(predicate, queryable));

    public static Expression Select(Expression source, LambdaExpression selector, bool queryable) =>
        Call(queryable, nameof(Queryable.Select), [ElementType(source), selector.ReturnType], source, Lambda(selector, queryable));

    public static Expression Order(Expression source, LambdaExpression key, bool descending, bool first, bool queryable)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return Call(queryable, name, [ElementType(source), key.ReturnType], source, Lambda(key, queryable));
    }

    public static Expression Take(Expression source, Expression count, bool queryable) =>
        Call(queryable, nameof(Queryable.Take), [ElementType(source)], source, count);

    public static Expression Skip(Expression source, Expression count, bool queryable) =>
        Call(queryable, nameof(Queryable.Skip), [ElementType(source)], source, count);

    public static Expression Count(Expression source, bool queryable) =>
        Call(queryable, nameof(Queryable.Count), [ElementType(source)], source);

    public static Expression Any(Expression source, bool queryable) =>
        Call(queryable, nameof(Queryable.Any), [ElementType(source)], source);

    public static Expression Any(Expression source, LambdaExpression predicate, bool queryable) =>
        Call(queryable, nameof(Queryable.Any), [ElementType(source)], source, Lambda(predicate, queryable));

    public static Expression All(Expression source, LambdaExpression predicate, bool queryable) =>
        Call(queryable, nameof(Queryable.All), [ElementType(source)], source, Lambda(predicate, queryable));

    /// <summary>Enumerable.ToList (collections projected inside a query are materialized as lists).</summary>
    public static Expression ToList(Expression source) =>
        Expression.Call(typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!.MakeGenericMethod(ElementType(source)), source);

    public static Expression ToArray(Expression source) =>
        Expression.Call(typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!.MakeGenericMethod(ElementType(source)), source);

    /// <summary>The T of IQueryable&lt;T&gt; / IEnumerable&lt;T&gt; (of the expression's static type).</summary>
    public static Type ElementType(Expression source) => ElementType(source.Type)
        ?? throw new ArgumentException($"{source.Type} is not a sequence.", nameof(source));

    public static Type? ElementType(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    private static Expression Lambda(LambdaExpression lambda, bool queryable) => queryable ? Expression.Quote(lambda) : lambda;

    private static MethodCallExpression Call(bool queryable, string name, Type[] typeArguments, params Expression[] arguments)
    {
        var method = Methods[(queryable, name, arguments.Length)].MakeGenericMethod(typeArguments);
        if (!queryable && !arguments[0].Type.IsAssignableTo(method.GetParameters()[0].ParameterType))
        {
            arguments[0] = Expression.Convert(arguments[0], method.GetParameters()[0].ParameterType);
        }

        return Expression.Call(method, arguments);
    }

    // The operators used here, by (queryable?, name, parameter count), picking the overloads whose lambdas take
    // one argument (not the (item, index) forms) and Take/Skip with an int count.
    private static Dictionary<(bool, string, int), MethodInfo> Index()
    {
        var methods = new Dictionary<(bool, string, int), MethodInfo>();
        Add(typeof(Queryable), true);
        Add(typeof(Enumerable), false);
        return methods;

        void Add(Type declaring, bool queryable)
        {
            foreach (var method in declaring.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                if (method.Name is not (nameof(Queryable.Where) or nameof(Queryable.Select) or nameof(Queryable.OrderBy)
                    or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
                    or nameof(Queryable.Take) or nameof(Queryable.Skip) or nameof(Queryable.Count) or nameof(Queryable.Any)
                    or nameof(Queryable.All)))
                {
                    continue;
                }

                var parameters = method.GetParameters();
                if (parameters.Length == 2)
                {
                    var second = parameters[1].ParameterType;
                    if (method.Name is nameof(Queryable.Take) or nameof(Queryable.Skip))
                    {
                        if (second != typeof(int))
                        {
                            continue;
                        }
                    }
                    else
                    {
                        var function = queryable ? second.GetGenericArguments()[0] : second;
                        if (!function.IsGenericType || function.GetGenericArguments().Length != 2)
                        {
                            continue;
                        }
                    }
                }
                else if (parameters.Length > 2)
                {
                    continue;
                }

                var isComparer = method.Name.StartsWith("Order", StringComparison.Ordinal) || method.Name.StartsWith("Then", StringComparison.Ordinal);
                if (isComparer && parameters.Length != 2)
                {
                    continue;
                }

                methods.TryAdd((queryable, method.Name, parameters.Length), method);
            }
        }
    }
}
