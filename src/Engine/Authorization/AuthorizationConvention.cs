using System.Reflection;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Authorization;

/// <summary>
/// Applies <c>@authorize</c>: a type's directives guard each of its fields, a field's own add to them; the field's
/// resolver is wrapped so the check runs before it (or after it, for <see cref="ApplyPolicy.AfterResolver"/>).
/// A failed check is a field error: null with <c>AUTH_NOT_AUTHENTICATED</c> or <c>AUTH_NOT_AUTHORIZED</c>.
/// </summary>
public sealed class AuthorizationConvention : ISchemaConvention
{
    public void Apply(SchemaConventionContext context)
    {
        foreach (var type in context.Types.OfType<ObjectType>())
        {
            var typeDirectives = TypeDirectives(type);
            if (typeDirectives.Count > 0)
                type.Directives = [.. type.Directives.Where(d => d.Name != AuthorizeDirective.Name), .. typeDirectives.Select(d => d.ToApplied())];

            foreach (var field in type.Fields)
            {
                var fieldDirectives = FieldDirectives(field, type.RuntimeType);
                if (fieldDirectives.Count > 0)
                    field.Directives = [.. field.Directives.Where(d => d.Name != AuthorizeDirective.Name), .. fieldDirectives.Select(d => d.ToApplied())];

                var guards = typeDirectives.Concat(fieldDirectives).ToArray();
                if (guards.Length > 0)
                    Guard(field, guards);
            }
        }
    }

    private static List<AuthorizeDirective> TypeDirectives(ObjectType type)
    {
        var directives = type.Directives.Where(d => d.Name == AuthorizeDirective.Name).Select(AuthorizeDirective.FromApplied).ToList();
        if (type.RuntimeType is { } clrType)
            directives.AddRange(clrType.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.ToDirective()));
        return directives.Distinct(AuthorizeDirectiveComparer.Instance).ToList();
    }

    private static List<AuthorizeDirective> FieldDirectives(OutputField field, Type? runtimeType)
    {
        var directives = field.Directives.Where(d => d.Name == AuthorizeDirective.Name).Select(AuthorizeDirective.FromApplied).ToList();
        if (field.ContextData.TryGetValue(ClrSchemaFactory.MemberKey, out var value) && value is MemberInfo member)
        {
            directives.AddRange(member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.ToDirective()));

            // A type extension's class-level [Authorize] guards the fields it adds, not the whole type.
            if (member.DeclaringType is { } declaring && declaring != runtimeType && declaring.IsDefined(typeof(ExtendObjectTypeAttribute)))
                directives.AddRange(declaring.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.ToDirective()));
        }

        return directives.Distinct(AuthorizeDirectiveComparer.Instance).ToList();
    }

    private static void Guard(OutputField field, AuthorizeDirective[] directives)
    {
        // A subscription is checked when it starts (CreateSourceEventStream) as well as for every event.
        if (field.Subscribe is { } subscribe)
        {
            var checks = directives.Where(d => d.Apply != ApplyPolicy.AfterResolver).ToArray();
            field.Subscribe = async context =>
            {
                await Check(context, checks, null);
                return await subscribe(context);
            };
        }

        var inner = field.Resolver ?? DefaultFieldResolver.Instance;
        var before = directives.Where(d => d.Apply != ApplyPolicy.AfterResolver).ToArray();
        var after = directives.Where(d => d.Apply == ApplyPolicy.AfterResolver).ToArray();
        field.Resolver = context =>
        {
            var checking = Check(context, before, null);
            if (!checking.IsCompletedSuccessfully)
                return Slow(checking, context);
            return after.Length == 0 ? inner(context) : ResolveThenCheck(context);
        };

        async ValueTask<object?> Slow(ValueTask checking, IResolverContext context)
        {
            await checking;
            return after.Length == 0 ? await inner(context) : await ResolveThenCheck(context);
        }

        async ValueTask<object?> ResolveThenCheck(IResolverContext context)
        {
            var value = await inner(context);
            await Check(context, after, value);
            return value;
        }
    }

    internal static ValueTask Check(IResolverContext context, AuthorizeDirective[] directives, object? value)
    {
        if (directives.Length == 0)
            return ValueTask.CompletedTask;
        var handler = Handler(context);
        for (var i = 0; i < directives.Length; i++)
        {
            var verdict = handler.AuthorizeAsync(context, directives[i], value);
            if (!verdict.IsCompletedSuccessfully)
                return CheckAsync(verdict, handler, context, directives, i, value);
            ThrowIfRefused(verdict.Result);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The request's handler, else <see cref="DefaultAuthorizationHandler"/>.</summary>
    internal static IAuthorizationHandler Handler(IResolverContext context) =>
        context.Services.GetService(typeof(IAuthorizationHandler)) as IAuthorizationHandler ?? DefaultAuthorizationHandler.Instance;

    private static async ValueTask CheckAsync(
        ValueTask<AuthorizationResult> pending, IAuthorizationHandler handler, IResolverContext context, AuthorizeDirective[] directives, int index, object? value)
    {
        ThrowIfRefused(await pending);
        for (var i = index + 1; i < directives.Length; i++)
            ThrowIfRefused(await handler.AuthorizeAsync(context, directives[i], value));
    }

    private static void ThrowIfRefused(AuthorizationResult result)
    {
        switch (result)
        {
            case AuthorizationResult.NotAuthenticated:
                throw new GraphQLException(AuthorizationSchema.NotAuthorizedMessage, AuthorizationSchema.NotAuthenticatedCode);
            case AuthorizationResult.NotAllowed:
                throw new GraphQLException(AuthorizationSchema.NotAuthorizedMessage, AuthorizationSchema.NotAuthorizedCode);
        }
    }

    private sealed class AuthorizeDirectiveComparer : IEqualityComparer<AuthorizeDirective>
    {
        public static AuthorizeDirectiveComparer Instance { get; } = new();

        public bool Equals(AuthorizeDirective? x, AuthorizeDirective? y) =>
            x is not null && y is not null && x.Policy == y.Policy && x.Apply == y.Apply
            && (x.Roles ?? []).SequenceEqual(y.Roles ?? []);

        public int GetHashCode(AuthorizeDirective obj) => HashCode.Combine(obj.Policy, obj.Apply, obj.Roles?.Count ?? 0);
    }
}
