using System.Linq.Expressions;

namespace Graph.Engine.Data.Expressions;

/// <summary>Inlines a one-parameter lambda: its body with the parameter replaced by an argument expression. The one
/// parameter-substituting visitor of the solution (the platform's rules bind their viewer with it too).</summary>
public sealed class ParameterReplacer(ParameterExpression parameter, Expression argument) : ExpressionVisitor
{
    /// <summary><paramref name="expression"/> with <paramref name="parameter"/> replaced by <paramref name="argument"/>.</summary>
    public static Expression Replace(Expression expression, ParameterExpression parameter, Expression argument) =>
        new ParameterReplacer(parameter, argument).Visit(expression);

    /// <summary><paramref name="lambda"/>'s body applied to <paramref name="argument"/> (<c>(x =&gt; x.A &gt; 1)(e.B)</c> is <c>e.B.A &gt; 1</c>).</summary>
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? argument : node;
}
