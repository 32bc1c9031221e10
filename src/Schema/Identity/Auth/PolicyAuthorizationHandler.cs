using System.Linq.Expressions;
using System.Security.Claims;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Schema.Authorization;

namespace Graph.Schema.Identity.Auth;

/// <summary>
/// A named predicate <c>@authorize(policy:)</c> refers to; register with <c>AddGraphPolicy</c>. <see cref="Rows"/>, when
/// given, says on which rows it holds for the caller as a LINQ predicate over the guarded type, for a <c>where</c>,
/// an <c>order</c> or an aggregate (<see cref="IAuthorizationHandler.RowCondition"/>); without it, on none.
/// </summary>
public sealed record GraphAuthorizationPolicy(
    string Name,
    Func<ClaimsPrincipal, IResolverContext, object?, ValueTask<bool>> Predicate,
    Func<IResolverContext, LambdaExpression?>? Rows = null);

/// <summary>Roles as the engine's default handler checks them, and policies: the registered <see cref="GraphAuthorizationPolicy"/>s,
/// then the conditions of the modules' <see cref="AccessPolicy"/> (by coordinate); an unknown policy refuses (fail closed).</summary>
public sealed class PolicyAuthorizationHandler(IEnumerable<GraphAuthorizationPolicy> policies, AccessPolicy? access = null) : IAuthorizationHandler
{
    private readonly Dictionary<string, GraphAuthorizationPolicy> _policies = policies.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive, object? resolvedValue)
    {
        var roles = DefaultAuthorizationHandler.Instance.AuthorizeAsync(context, directive with { Policy = null }, resolvedValue);
        if (!roles.IsCompletedSuccessfully || roles.Result != AuthorizationResult.Allowed || directive.Policy is null)
            return roles;
        if (!_policies.TryGetValue(directive.Policy, out var policy))
        {
            return access?.Rules.FirstOrDefault(r => r.PolicyName == directive.Policy) is { } rule
                ? AwaitAsync(AccessConditions.HoldsAsync(rule, context))
                : new(AuthorizationResult.NotAllowed);
        }

        var verdict = policy.Predicate(DefaultAuthorizationHandler.GetUser(context)!, context, resolvedValue);
        return verdict.IsCompletedSuccessfully ? new(Result(verdict.Result)) : AwaitAsync(verdict);
    }

    public LambdaExpression? RowCondition(IResolverContext context, AuthorizeDirective directive)
    {
        var roles = DefaultAuthorizationHandler.Instance.AuthorizeAsync(context, directive with { Policy = null }, null);
        if (!roles.IsCompletedSuccessfully || roles.Result != AuthorizationResult.Allowed || directive.Policy is null)
            return null;
        if (_policies.TryGetValue(directive.Policy, out var policy))
            return policy.Rows?.Invoke(context);
        return access?.Rules.FirstOrDefault(r => r.PolicyName == directive.Policy) is { } rule ? AccessConditions.Rows(rule, context) : null;
    }

    private static async ValueTask<AuthorizationResult> AwaitAsync(ValueTask<bool> verdict) => Result(await verdict);

    private static AuthorizationResult Result(bool allowed) => allowed ? AuthorizationResult.Allowed : AuthorizationResult.NotAllowed;
}
