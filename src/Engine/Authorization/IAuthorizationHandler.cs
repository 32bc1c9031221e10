using System.Linq.Expressions;
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

    /// <summary>
    /// For a directive <see cref="AuthorizeAsync"/> refuses without a row (<see cref="IResolverContext.Parent"/> null):
    /// the rows on which it holds for the caller, as a predicate <c>(T row) =&gt; bool</c> over the guarded type's runtime
    /// type that the data layer's LINQ provider can translate; null when it holds on no row (the default). A <c>where</c>,
    /// an <c>order</c> or an aggregate reads the guarded member as null on the other rows.
    /// </summary>
    LambdaExpression? RowCondition(IResolverContext context, AuthorizeDirective directive) => null;
}
