using System.Linq.Expressions;

namespace Graph.Persistence.Access;

/// <summary>Which rows of <see cref="EntityType"/> a viewer reads, in words (for the docs) and as a predicate.</summary>
public sealed record RowRule(Type EntityType, string Readers, LambdaExpression Predicate)
{
    public static RowRule For<T>(string readers, Expression<Func<T, DataViewer, bool>> predicate) => new(typeof(T), readers, predicate);

    /// <summary>
    /// The predicate as an EF query filter over <paramref name="context"/>'s viewer: <c>e =&gt; context.Viewer.Unrestricted || rule</c>.
    /// EF evaluates the viewer's members per query (they become parameters), so one model serves every viewer.
    /// </summary>
    internal LambdaExpression ToQueryFilter(GraphDbContext context)
    {
        var viewer = Expression.Property(Expression.Constant(context), nameof(GraphDbContext.Viewer));
        var entity = Predicate.Parameters[0];
        var body = new ReplaceParameter(Predicate.Parameters[1], viewer).Visit(Predicate.Body);
        return Expression.Lambda(Expression.OrElse(Expression.Property(viewer, nameof(DataViewer.Unrestricted)), body), entity);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
