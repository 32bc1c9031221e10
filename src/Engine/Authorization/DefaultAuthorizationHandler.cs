using System.Security.Claims;
using Graph.Engine.Execution;

namespace Graph.Engine.Authorization;

/// <summary>Authentication and roles from the caller in <c>ContextData["ClaimsPrincipal"]</c>; policies need a real handler.</summary>
public sealed class DefaultAuthorizationHandler : IAuthorizationHandler
{
    public static DefaultAuthorizationHandler Instance { get; } = new();

    public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive, object? resolvedValue)
    {
        var user = GetUser(context);
        if (user?.Identity?.IsAuthenticated != true)
            return new(AuthorizationResult.NotAuthenticated);
        if (directive.Roles is { Count: > 0 } roles && !roles.Any(user.IsInRole))
            return new(AuthorizationResult.NotAllowed);
        return new(directive.Policy is null ? AuthorizationResult.Allowed : AuthorizationResult.NotAllowed);
    }

    /// <summary>The caller the transport put in the context data, if any.</summary>
    public static ClaimsPrincipal? GetUser(IResolverContext context) =>
        context.ContextData.TryGetValue(AuthorizationSchema.ClaimsPrincipalKey, out var value) ? value as ClaimsPrincipal : null;
}
