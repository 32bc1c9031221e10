using Graph.Engine.Types;
using Graph.Schema.Composition;
using Graph.Schema.Relay;
using Snapshooter.Xunit;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Composition;

public sealed class GraphSchemaComposerTests
{
    [ExtendObjectType(OperationTypeNames.Mutation)]
    public sealed class CounterMutations
    {
        public int Increment(int by = 1) => by;
    }

    [ExtendObjectType(OperationTypeNames.Query)]
    public sealed class GreetingQueries
    {
        public string Greeting() => "hello";
    }

    private sealed class CounterModule : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module) => module.AddTypeExtension<CounterMutations>().AddTypeExtension<GreetingQueries>();
    }

    [Fact]
    public void The_platform_schema_starts_with_the_relay_infrastructure_only()
    {
        var schema = new ServiceCollection().AddGraphSchema().BuildServiceProvider().GetRequiredService<GraphSchema>();

        Snapshot.Match(SchemaPrinter.Print(schema));
        Assert.Null(schema.MutationType);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Modules_add_root_fields_and_a_root_type_exists_once_a_module_extends_it()
    {
        var services = new ServiceCollection().AddGraphSchema().AddSchemaModule<CounterModule>().AddSchemaModule<CounterModule>().BuildServiceProvider();
        var schema = services.GetRequiredService<GraphSchema>();

        Assert.Equal(["node", "nodes", "greeting"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["increment"], schema.MutationType!.Fields.Select(f => f.Name));
        Assert.Same(schema, services.GetRequiredService<GraphSchema>());
    }

    [Fact]
    public void A_node_type_name_registers_once()
    {
        var registry = new NodeResolverRegistry().Add("Pet", (_, _) => default);

        var error = Assert.Throws<InvalidOperationException>(() => registry.Add("Pet", (_, _) => default));
        Assert.Contains("\"Pet\"", error.Message);
    }
}
