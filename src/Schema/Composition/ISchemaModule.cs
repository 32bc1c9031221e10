namespace Graph.Schema.Composition;

/// <summary>
/// One area of the platform's schema (Identity, Diagnostics, …): it adds its types, the root fields it owns (as
/// type extensions of <c>Query</c>, <c>Mutation</c> or <c>Subscription</c>) and the node resolvers of its
/// <c>Node</c> types. Register it with <see cref="SchemaServiceCollectionExtensions.AddSchemaModule{TModule}"/>.
/// </summary>
public interface ISchemaModule
{
    void Configure(SchemaModuleBuilder module);
}
