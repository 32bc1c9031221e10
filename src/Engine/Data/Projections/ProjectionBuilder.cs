using System.Linq.Expressions;
using System.Reflection;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Projections;

/// <summary>
/// Turns a GraphQL selection into a Select expression: <c>x =&gt; new T { A = x.A, Rel = x.Rel == null ? null : new R
/// { … }, Items = x.Items.Select(i =&gt; new I { … }).ToList() }</c>. Keys are always read (DataLoaders and cursors need
/// them); data fields below are skipped (they load themselves, batched), and so are fields no property backs.
/// </summary>
internal sealed class ProjectionBuilder(EntityMetadata.Registry entities, SelectionCollector collector)
{
    public ProjectionTree Build(EntityMetadata entity, IEnumerable<FieldNode> fieldNodes)
    {
        var tree = new ProjectionTree(entity);
        foreach (var key in entity.Key)
        {
            tree.Add(key, null);
        }

        foreach (var (name, nodes) in collector.Collect(fieldNodes, entity.Type))
        {
            var property = entity.GetProperty(name);
            var field = entity.Type.GetField(name);
            if (property is null || field is null || DataField.Of(field) is not null)
            {
                continue;
            }

            var named = field.Type.GetNamedType();
            if (named is ScalarType or EnumType)
            {
                tree.Add(property, null);
                continue;
            }

            var element = LinqMethods.ElementType(property.PropertyType);
            var related = entities.For(element ?? property.PropertyType);
            tree.Add(property, related is { CanProject: true } && (element is null || CollectionFactory(property.PropertyType, element) is not null)
                ? Build(related, nodes)
                : null);
        }

        return tree;
    }

    /// <summary>Makes sure the projection reads <paramref name="path"/> (a sort key the cursor needs).</summary>
    public void Require(ProjectionTree tree, MemberPath path)
    {
        var current = tree;
        for (var i = 0; i < path.Properties.Count; i++)
        {
            var property = path.Properties[i];
            if (i == path.Properties.Count - 1)
            {
                current.Add(property, null);
                return;
            }

            if (current.Members.TryGetValue(property, out var existing) && existing is null)
            {
                return;
            }

            var related = entities.For(property.PropertyType);
            if (related is not { CanProject: true })
            {
                current.Add(property, null);
                return;
            }

            if (existing is null)
            {
                existing = new ProjectionTree(related);
                foreach (var key in related.Key)
                {
                    existing.Add(key, null);
                }

                current.Members[property] = existing;
            }

            current = existing;
        }
    }

    public static LambdaExpression ToLambda(ProjectionTree tree)
    {
        var parameter = Expression.Parameter(tree.Entity.ClrType, "x");
        return Expression.Lambda(ToExpression(tree, parameter), parameter);
    }

    public static Expression ToExpression(ProjectionTree tree, Expression source)
    {
        if (!tree.Entity.CanProject)
        {
            return source;
        }

        var bindings = new List<MemberBinding>();
        foreach (var (property, subtree) in tree.Members)
        {
            if (property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            Expression member = Expression.Property(source, property);
            if (subtree is not null)
            {
                var element = LinqMethods.ElementType(property.PropertyType);
                if (element is null)
                {
                    member = Expression.Condition(
                        Expression.Equal(member, Expression.Constant(null, member.Type)),
                        Expression.Constant(null, property.PropertyType),
                        As(ToExpression(subtree, member), property.PropertyType));
                }
                else
                {
                    var item = Expression.Parameter(element, "e");
                    var select = LinqMethods.Select(member, Expression.Lambda(ToExpression(subtree, item), item), queryable: false);
                    member = As(CollectionFactory(property.PropertyType, element)!(select), property.PropertyType);
                }
            }

            bindings.Add(Expression.Bind(property, member));
        }

        return Expression.MemberInit(Expression.New(tree.Entity.ClrType), bindings);
    }

    private static Expression As(Expression expression, Type type) => expression.Type == type ? expression : Expression.Convert(expression, type);

    /// <summary>How a projected collection becomes the member's type: a list, or an array; null for other collection types.</summary>
    private static Func<Expression, Expression>? CollectionFactory(Type memberType, Type element)
    {
        if (memberType.IsArray)
        {
            return LinqMethods.ToArray;
        }

        return memberType.IsAssignableFrom(typeof(List<>).MakeGenericType(element)) ? LinqMethods.ToList : null;
    }
}
