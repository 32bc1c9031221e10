using System.Linq.Expressions;
using System.Text;
using Graph.Engine.Execution;

namespace Graph.Engine.Data.Projections;

/// <summary>
/// What the resolving field selects of an entity type <typeparamref name="T"/>, as the Select a data field's page
/// reads (<see cref="ProjectionBuilder"/>: the keys, the selected members, to-one relations joined in), for a
/// resolver that fetches its rows itself (<c>node(id:)</c>). <see cref="Shape"/> names the members read, so fetches
/// of one shape can share a batch.
/// </summary>
public sealed class SelectionProjection<T>
    where T : class
{
    private SelectionProjection(Expression<Func<T, T>> select, string shape)
    {
        Select = select;
        Shape = shape;
    }

    public Expression<Func<T, T>> Select { get; }

    /// <summary>The members read, by name, related entities' in braces: equal for equal projections.</summary>
    public string Shape { get; }

    /// <summary>The projection of <paramref name="context"/>'s selection; null where the schema runs no data conventions
    /// or <typeparamref name="T"/> is not an object type that can be projected.</summary>
    public static SelectionProjection<T>? Of(IResolverContext context)
    {
        if (!context.Schema.ContextData.TryGetValue(EntityMetadata.Registry.SchemaKey, out var value)
            || value is not EntityMetadata.Registry entities
            || entities.For(typeof(T)) is not { CanProject: true } entity)
        {
            return null;
        }

        var tree = new ProjectionBuilder(entities, new SelectionCollector(context)).Build(entity, context.FieldNodes);
        var shape = new StringBuilder();
        AppendShape(tree, shape);
        return new SelectionProjection<T>((Expression<Func<T, T>>)ProjectionBuilder.ToLambda(tree), shape.ToString());
    }

    private static void AppendShape(ProjectionTree tree, StringBuilder shape)
    {
        var first = true;
        foreach (var (property, subtree) in tree.Members.OrderBy(m => m.Key.Name, StringComparer.Ordinal))
        {
            shape.Append(first ? "" : ",").Append(property.Name);
            first = false;
            if (subtree is not null)
            {
                shape.Append('{');
                AppendShape(subtree, shape);
                shape.Append('}');
            }
        }
    }
}
