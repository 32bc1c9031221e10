using Graph.Engine.Data;
using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Schema.Authorization;
using Graph.Schema.Data.EntityFramework;
using Graph.Schema.Data.Entities;
using Graph.Schema.Relay;

namespace Graph.Schema.Composition;

/// <summary>Builds the one <see cref="GraphSchema"/> of the platform from every registered <see cref="ISchemaModule"/>.</summary>
public static class GraphSchemaComposer
{
    public static GraphSchema Compose(IEnumerable<ISchemaModule> modules, NodeResolverRegistry nodes)
    {
        var builder = new SchemaBuilder().AddQueryType<Query>();
        var contributions = new SchemaModuleBuilder(builder, nodes);
        foreach (var module in modules)
            module.Configure(contributions);

        if (contributions.Entities.Count > 0 || contributions.DataFields.Count > 0)
        {
            builder.AddConvention(new EntityHidingConvention(contributions.Entities, contributions.HiddenTypes));
            builder.AddData(o =>
            {
                o.UseEntityFramework<GraphDbContext>();
                foreach (var (coordinate, configure) in contributions.DataFields)
                    o.Field(coordinate, configure);
            });
            builder.AddConvention(new EntityNodeConvention(contributions.Entities));
        }

        if (contributions.Extends(OperationTypeNames.Mutation))
            builder.AddMutationType<Mutation>();
        if (contributions.Extends(OperationTypeNames.Subscription))
            builder.AddSubscriptionType<Subscription>();

        if (contributions.AccessPolicies.Count > 0)
            builder.AddConvention(new AccessPolicyConvention(contributions.AccessPolicies));

        // Last, so @authorize guards the resolvers the other conventions produced.
        builder.AddAuthorization();
        return builder.Build();
    }
}
