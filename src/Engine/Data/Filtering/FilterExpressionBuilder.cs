using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Filtering;

/// <summary>
/// The single expression builder behind every filter: walks a coerced <c>where</c> value along its generated input
/// type and asks the operator handlers for each predicate. Fields of one object combine with AND, <c>and</c>/<c>or</c>
/// lists with AND/OR; nested objects are guarded against null; absent and null-valued fields are ignored.
/// </summary>
internal static class FilterExpressionBuilder
{
    /// <summary><c>x =&gt; …</c> for the filter value, or null when it filters nothing.</summary>
    public static LambdaExpression? Build(ObjectFilterInput input, object? value, FilterOperationContext context)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            return null;
        }

        var parameter = Expression.Parameter(input.ClrType, "x");
        var body = BuildObject(input, fields, parameter, context);
        return body is null ? null : Expression.Lambda(body, parameter);
    }

    private static Expression? BuildObject(ObjectFilterInput input, IReadOnlyDictionary<string, object?> fields, Expression instance, FilterOperationContext context)
    {
        Expression? result = null;
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            Expression? predicate;
            if (name is "and" or "or")
            {
                predicate = Combine(name, Items(value).Select(item => BuildObject(input, item, instance, context)));
            }
            else if (input.Fields.TryGetValue(name, out var field))
            {
                predicate = BuildField(field.Property, field.Input, value, instance, context);
            }
            else
            {
                continue;
            }

            result = And(result, predicate);
        }

        return result;
    }

    /// <summary>
    /// A field's filter on <paramref name="instance"/>. A masked scalar is compared as its masked value; a masked
    /// relation or list reads as null, which no nested filter matches.
    /// </summary>
    private static Expression? BuildField(PropertyInfo property, FilterInput input, object value, Expression instance, FilterOperationContext context)
    {
        var fields = (IReadOnlyDictionary<string, object?>)value;
        if (input is OperationFilterInput operations)
        {
            return BuildOperations(operations, fields, context.Masks.Read(property, instance), context);
        }

        var member = Expression.Property(instance, property);
        var predicate = input switch
        {
            ObjectFilterInput nested when BuildObject(nested, fields, member, context) is { } nestedPredicate => FilterOperationContext.NotNullAnd(member, nestedPredicate),
            ListFilterInput list => BuildList(list, fields, member, context),
            _ => null,
        };
        return predicate is not null && context.Masks.Condition(property, instance) is { } condition
            ? Expression.AndAlso(condition, predicate)
            : predicate;
    }

    private static Expression? BuildOperations(OperationFilterInput input, IReadOnlyDictionary<string, object?> fields, Expression member, FilterOperationContext context)
    {
        Expression? result = null;
        foreach (var (name, value) in fields)
        {
            Expression? predicate;
            if (input.HasAndOr && name is "and" or "or")
            {
                if (value is null)
                {
                    continue;
                }

                predicate = Combine(name, Items(value).Select(item => BuildOperations(input, item, member, context)));
            }
            else if (input.Operations.TryGetValue(name, out var handler))
            {
                if (value is null && !handler.AcceptsNull)
                {
                    throw new GraphQLException(
                        $"The provided value for filter `{name}` of type {input.Type.Name} is invalid. Null values are not supported.",
                        "HC0026");
                }

                predicate = handler.Build(context, member, value);
            }
            else
            {
                continue;
            }

            result = And(result, predicate);
        }

        return result;
    }

    private static Expression? BuildList(ListFilterInput input, IReadOnlyDictionary<string, object?> fields, Expression member, FilterOperationContext context)
    {
        Expression? result = null;
        var elementType = FilterTypeFactory.CollectionElementType(member.Type)!;
        foreach (var (name, value) in fields)
        {
            if (value is null || !input.Operations.TryGetValue(name, out var handler))
            {
                continue;
            }

            LambdaExpression? elementPredicate = null;
            if (handler.TakesElementFilter)
            {
                var element = Expression.Parameter(elementType, "e");
                var body = BuildObject(input.Element, (IReadOnlyDictionary<string, object?>)value, element, context)
                    ?? Expression.Constant(true);
                elementPredicate = Expression.Lambda(body, element);
            }

            result = And(result, handler.Build(member, elementPredicate, value));
        }

        return result;
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object value) =>
        value is IReadOnlyDictionary<string, object?> single
            ? [single]
            : ((IEnumerable)value).OfType<IReadOnlyDictionary<string, object?>>();

    private static Expression? Combine(string kind, IEnumerable<Expression?> predicates)
    {
        Expression? result = null;
        foreach (var predicate in predicates)
        {
            if (predicate is null)
            {
                // An empty filter holds for every row: it adds nothing to AND and makes an OR always true.
                if (kind == "or")
                {
                    return null;
                }

                continue;
            }

            result = result is null ? predicate : kind == "and" ? Expression.AndAlso(result, predicate) : Expression.OrElse(result, predicate);
        }

        return result;
    }

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);
}
