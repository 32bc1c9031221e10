using Graph.Engine.Execution;

namespace Graph.Engine.Authorization;

/// <summary>
/// Decides one <c>@authorize</c> for the field being resolved. The executor finds it in the request's services;
/// without one, <see cref="DefaultAuthorizationHandler"/> checks authentication and roles, and refuses every policy.
/// </summary>
public interface IAuthorizationHandler
{
    /// <param name="resolvedValue">The field's value for <see cref="ApplyPolicy.AfterResolver"/>, else null.</param>
    ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive, object? resolvedValue);
}
