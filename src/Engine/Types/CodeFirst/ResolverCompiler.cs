using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Execution;

namespace Graph.Engine.Types;

/// <summary>
/// Compiles code-first members into resolver delegates once, at schema build time, so resolving a field costs
/// a delegate call rather than reflection.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo FromValueMethod = typeof(ResultAdapters).GetMethod(nameof(ResultAdapters.FromValue))!;
    private static readonly MethodInfo FromTaskMethod = typeof(ResultAdapters).GetMethods().Single(m => m.Name == nameof(ResultAdapters.FromTask) && m.IsGenericMethodDefinition);
    private static readonly MethodInfo FromPlainTaskMethod = typeof(ResultAdapters).GetMethods().Single(m => m.Name == nameof(ResultAdapters.FromTask) && !m.IsGenericMethodDefinition);
    private static readonly MethodInfo FromValueTaskMethod = typeof(ResultAdapters).GetMethod(nameof(ResultAdapters.FromValueTask))!;
    private static readonly MethodInfo FromStreamMethod = typeof(ResultAdapters).GetMethod(nameof(ResultAdapters.FromStream))!;
    private static readonly MethodInfo FromStreamTaskMethod = typeof(ResultAdapters).GetMethod(nameof(ResultAdapters.FromStreamTask))!;
    private static readonly MethodInfo FromStreamValueTaskMethod = typeof(ResultAdapters).GetMethod(nameof(ResultAdapters.FromStreamValueTask))!;

    public static FieldResolver CompileProperty(PropertyInfo property, Func<IResolverContext, object?> instance)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var target = Target(property.DeclaringType!, instance, context, property.GetMethod!.IsStatic);
        var body = Adapt(Expression.Property(target, property));
        return Expression.Lambda<FieldResolver>(body, context).Compile();
    }

    public static FieldResolver CompileMethod(MethodInfo method, Func<IResolverContext, object?> instance, IReadOnlyList<Func<IResolverContext, object?>?> binders)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Call(method, instance, binders, context);
        return Expression.Lambda<FieldResolver>(Adapt(call), context).Compile();
    }

    public static SubscribeResolver CompileSubscribe(MethodInfo method, Func<IResolverContext, object?> instance, IReadOnlyList<Func<IResolverContext, object?>?> binders)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Call(method, instance, binders, context);
        var type = method.ReturnType;
        Expression body;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var item = type.GetGenericArguments()[0].GetGenericArguments()[0];
            body = Expression.Call(FromStreamTaskMethod.MakeGenericMethod(item), call);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var item = type.GetGenericArguments()[0].GetGenericArguments()[0];
            body = Expression.Call(FromStreamValueTaskMethod.MakeGenericMethod(item), call);
        }
        else
        {
            body = Expression.Call(FromStreamMethod.MakeGenericMethod(type.GetGenericArguments()[0]), call);
        }

        return Expression.Lambda<SubscribeResolver>(body, context).Compile();
    }

    private static MethodCallExpression Call(MethodInfo method, Func<IResolverContext, object?> instance, IReadOnlyList<Func<IResolverContext, object?>?> binders, ParameterExpression context)
    {
        var parameters = method.GetParameters();
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameterType = parameters[i].ParameterType;
            if (parameterType == typeof(IResolverContext))
            {
                arguments[i] = context;
            }
            else if (parameterType == typeof(CancellationToken))
            {
                arguments[i] = Expression.Property(context, nameof(IResolverContext.RequestAborted));
            }
            else
            {
                arguments[i] = Expression.Convert(Expression.Invoke(Expression.Constant(binders[i]!), context), parameterType);
            }
        }

        return method.IsStatic
            ? Expression.Call(method, arguments)
            : Expression.Call(Target(method.DeclaringType!, instance, context, isStatic: false), method, arguments);
    }

    private static Expression? Target(Type declaringType, Func<IResolverContext, object?> instance, ParameterExpression context, bool isStatic) =>
        isStatic ? null : Expression.Convert(Expression.Invoke(Expression.Constant(instance), context), declaringType);

    private static Expression Adapt(Expression result)
    {
        var type = result.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(FromTaskMethod.MakeGenericMethod(type.GetGenericArguments()[0]), result);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(FromValueTaskMethod.MakeGenericMethod(type.GetGenericArguments()[0]), result);
        }

        if (type == typeof(Task))
        {
            return Expression.Call(FromPlainTaskMethod, result);
        }

        if (type == typeof(ValueTask))
        {
            return Expression.Call(FromPlainTaskMethod, Expression.Call(result, typeof(ValueTask).GetMethod(nameof(ValueTask.AsTask))!));
        }

        return Expression.Call(FromValueMethod, Expression.Convert(result, typeof(object)));
    }
}
