using Graph.Engine.Authorization;
using Graph.Engine.Data;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Model;
using Graph.Schema.Authorization;
using Graph.Schema.Data.Entities;
using Graph.Schema.Data.EntityFramework;
using Graph.Schema.Relay;
using Graph.Schema.Writes;

namespace Graph.Schema.Composition;

/// <summary>Builds the one <see cref="GraphSchema"/> of the platform from every registered <see cref="ISchemaModule"/>.</summary>
public static class GraphSchemaComposer
{
    public static GraphSchema Compose(IEnumerable<ISchemaModule> modules, NodeResolverRegistry nodes, AccessPolicy? access = null)
    {
        var builder = new SchemaBuilder().AddQueryType<Query>();
        var contributions = new SchemaModuleBuilder(builder, nodes, access ?? new AccessPolicy());
        foreach (var module in modules)
            module.Configure(contributions);

        var entities = contributions.Entities;
        if (entities.Count > 0)
        {
            builder.AddConvention(new EntityHidingConvention(entities, contributions.HiddenTypes));
            builder.AddConvention(new RootConnectionConvention(entities));
            builder.AddData(o =>
            {
                o.UseEntityFramework<GraphDbContext>();
                foreach (var entity in entities)
                {
                    foreach (var field in entity.RootConnections.Select(r => r.Field).Concat(entity.DeletedRootConnections))
                        o.Field(OperationTypeNames.Query + "." + field, f => f.ElementType = entity.ClrType);
                    foreach (var field in entity.Connections)
                    {
                        o.Field(entity.TypeName + "." + field, f =>
                        {
                            f.Paging = PagingKind.Cursor;
                            f.ConnectionName = entity.TypeName + char.ToUpperInvariant(field[0]) + field[1..];
                        });
                    }
                }
            });
            builder.AddConvention(new EntityNodeConvention(entities));
        }

        var writes = entities.Where(e => e.Writes.Offered != WriteOperations.None).ToList();
        if (writes.Count > 0)
            builder.AddConvention(new EntityWriteConvention(writes, GraphModel.Instance));
        if (writes.Count > 0 || contributions.Extends(OperationTypeNames.Mutation))
            builder.AddMutationType<Mutation>();
        if (contributions.Extends(OperationTypeNames.Subscription))
            builder.AddSubscriptionType<Subscription>();

        if (contributions.Access.Rules.Count > 0)
            builder.AddConvention(new AccessPolicyConvention(contributions.Access));

        builder.AddCostDirectives();

        // Last, so @authorize guards the resolvers the other conventions produced.
        builder.AddAuthorization();
        return builder.Build();
    }
}
