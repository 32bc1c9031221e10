using Graph.Schema.Composition;

namespace Graph.Schema.Relay;

/// <summary>Global object identification: the <c>Node</c> interface and the <c>node</c>/<c>nodes</c> root fields.</summary>
internal sealed class RelaySchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddTypeExtension<NodeQueries>();
        module.Builder.Resolve("Query.node", NodeQueries.ResolveNodeAsync);
        module.Builder.Resolve("Query.nodes", NodeQueries.ResolveNodesAsync);
    }
}
