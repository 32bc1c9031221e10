using Graph.Engine.Data;
using Graph.Persistence.Model;
using Graph.Schema.Composition;

namespace Graph.Schema.Data.Entities;

public static class EntitySchemaModuleBuilderExtensions
{
    /// <summary>
    /// An entity as a <c>Node</c> type named <paramref name="typeName"/>, fetched by <c>node(id:)</c> through the
    /// batched <see cref="EntityLoader{T}"/> (so <c>nodes(ids:)</c> is one statement per type).
    /// </summary>
    public static SchemaModuleBuilder AddNodeEntity<T>(this SchemaModuleBuilder module, string typeName, Action<EntityTypeOptions>? configure = null)
        where T : Entity
    {
        module.AddEntityType<T>(configure);
        module.Nodes.AddGuidKeyed(typeName, async (key, context) =>
            await EntityLoader<T>.For(context).LoadAsync(key, context.RequestAborted).ConfigureAwait(false));
        return module;
    }

    /// <summary>A navigation collection as a paged connection named <c>{Type}{Field}Connection</c>.</summary>
    public static SchemaModuleBuilder AddConnectionField(this SchemaModuleBuilder module, string typeName, string fieldName) =>
        module.AddDataField(typeName + "." + fieldName, o =>
        {
            o.Paging = PagingKind.Cursor;
            o.ConnectionName = typeName + char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        });
}
