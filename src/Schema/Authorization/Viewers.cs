using System.Security.Claims;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Schema.Identity.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Authorization;

/// <summary>The caller of a request as the data layer sees it: a <see cref="DataViewer"/> made from the access token's claims.</summary>
public static class Viewers
{
    /// <summary>The viewer of a signed-in caller (subject and roles), else <see cref="DataViewer.Anonymous"/>.</summary>
    public static DataViewer From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(AuthClaims.Subject), out var id))
            return DataViewer.Anonymous;
        var roles = user.FindAll(AuthClaims.Role).Select(c => AuthClaims.ParseRole(c.Value)).OfType<Role>();
        return new DataViewer(id, roles);
    }

    /// <summary>
    /// Makes the scope's data reads (its <see cref="Persistence.GraphDbContext"/>) read for <paramref name="user"/>. Every
    /// transport calls this for the scope it executes an operation in, beside putting the user in the context data.
    /// </summary>
    public static void ReadAs(IServiceProvider scope, ClaimsPrincipal? user)
    {
        if (scope.GetService<DataViewerScope>() is { } viewer)
            viewer.Viewer = From(user);
    }

    private const string ContextKey = "Graph.Schema.Viewer";

    /// <summary>A caller as an access token for <paramref name="userId"/> with <paramref name="roles"/> makes it.</summary>
    public static ClaimsPrincipal Principal(Guid userId, IEnumerable<Role> roles) =>
        new(new ClaimsIdentity(
            [new Claim(AuthClaims.Subject, userId.ToString()), .. roles.Select(r => new Claim(AuthClaims.Role, AuthClaims.RoleValue(r)))],
            authenticationType: "Bearer",
            nameType: AuthClaims.Subject,
            roleType: AuthClaims.Role));

    /// <summary>
    /// The rest of the request reads as <paramref name="user"/>, who has just proven who they are (<c>login</c>,
    /// <c>refreshToken</c>), so the payload shows them what their token will.
    /// </summary>
    public static void SignIn(IResolverContext context, User user)
    {
        var principal = Principal(user.Id, user.Roles);
        context.ContextData[AuthorizationSchema.ClaimsPrincipalKey] = principal;
        context.ContextData.Remove(ContextKey);
        ReadAs(context.Services, principal);
    }

    /// <summary>The viewer a resolver reads for: its scope's (<see cref="ReadAs"/>), else the caller in its context data's.</summary>
    public static DataViewer Of(IResolverContext context)
    {
        if (context.Services.GetService<DataViewerScope>() is { } scope)
            return scope.Viewer;
        if (context.ContextData.TryGetValue(ContextKey, out var value) && value is DataViewer viewer)
            return viewer;
        viewer = From(DefaultAuthorizationHandler.GetUser(context));
        context.ContextData[ContextKey] = viewer;
        return viewer;
    }
}
