using System.Linq.Expressions;
using Graph.Persistence.Identity;

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
        var body = new ViewerRewriter(Predicate.Parameters[1], viewer).Visit(Predicate.Body);
        return Expression.Lambda(Expression.OrElse(Expression.Property(viewer, nameof(DataViewer.Unrestricted)), body), entity);
    }

    /// <summary>
    /// Whether the rule lets <paramref name="viewer"/> read every row, whatever the row holds: some branch of its
    /// <c>||</c> is true without looking at the row (a role the viewer has). Writes use it to skip asking the database
    /// whether a referenced row is in sight.
    /// </summary>
    public bool HoldsForEveryRow(DataViewer viewer)
    {
        if (viewer.Unrestricted)
            return true;
        var body = new ViewerRewriter(Predicate.Parameters[1], Expression.Constant(viewer)).Visit(Predicate.Body);
        return RowIndependentlyTrue(body, Predicate.Parameters[0]);
    }

    private static bool RowIndependentlyTrue(Expression expression, ParameterExpression row) => expression switch
    {
        BinaryExpression { NodeType: ExpressionType.OrElse } or => RowIndependentlyTrue(or.Left, row) || RowIndependentlyTrue(or.Right, row),
        BinaryExpression { NodeType: ExpressionType.AndAlso } and => RowIndependentlyTrue(and.Left, row) && RowIndependentlyTrue(and.Right, row),
        _ => !Uses(expression, row) && Expression.Lambda<Func<bool>>(expression).Compile(preferInterpretation: true)(),
    };

    private static bool Uses(Expression expression, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }

    /// <summary>
    /// Puts the context's viewer for the rule's viewer parameter, and turns <c>v.Has(…)</c>/<c>v.HasAny(…)</c> into
    /// <c>(viewer.RoleMask &amp; mask) != 0</c>: EF reads a member into a parameter cheaply, but evaluates a method call
    /// anew for every query.
    /// </summary>
    private sealed class ViewerRewriter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object != from || node.Method.Name is not (nameof(DataViewer.Has) or nameof(DataViewer.HasAny)))
                return base.VisitMethodCall(node);
            var roles = node.Arguments.SelectMany(argument => Expression.Lambda(argument).Compile().DynamicInvoke() switch
            {
                Role role => [role],
                IEnumerable<Role> many => many,
                var other => throw new InvalidOperationException($"A row rule names roles as {other}."),
            });
            var mask = Expression.Property(to, nameof(DataViewer.RoleMask));
            return Expression.NotEqual(Expression.And(mask, Expression.Constant(DataViewer.Mask(roles))), Expression.Constant(0L));
        }
    }
}
