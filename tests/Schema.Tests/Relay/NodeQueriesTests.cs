using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Schema.Composition;
using Graph.Schema.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Relay;

/// <summary><c>node</c>/<c>nodes</c> through the composed schema, with a module that registers one node type.</summary>
public sealed class NodeQueriesTests
{
    public sealed class Pet(Guid key, string name) : INode
    {
        public Guid Key { get; } = key;

        [ID]
        public string Id => NodeId.Format("Pet", Key);

        public string Name { get; } = name;
    }

    private static readonly Pet Rex = new(Guid.Parse("11111111-2222-3333-4444-555555555555"), "Rex");

    private sealed class PetModule : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module)
        {
            module.AddType<Pet>();
            module.Nodes.AddGuidKeyed("Pet", (key, _) => new ValueTask<object?>(key == Rex.Key ? Rex : null));
        }
    }

    private static async Task<string> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var services = new ServiceCollection().AddGraphSchema().AddSchemaModule<PetModule>().BuildServiceProvider();
        var schema = services.GetRequiredService<GraphSchema>();
        var result = await GraphQLExecutor.ExecuteAsync(schema, new ExecutionRequest(query, Variables: variables), new ExecutionOptions { Services = services });
        return ExecutionResultWriter.ToJson(result);
    }

    [Fact]
    public async Task Node_fetches_an_object_by_its_global_id_through_the_registered_resolver()
    {
        var json = await ExecuteAsync("query($id: ID!) { node(id: $id) { __typename id ... on Pet { name } } }", new Dictionary<string, object?> { ["id"] = Rex.Id });

        Assert.Equal("""{"data":{"node":{"__typename":"Pet","id":"ID","name":"Rex"}}}""".Replace("ID", Rex.Id), json);
    }

    [Fact]
    public async Task Node_is_null_without_error_when_the_resolver_finds_nothing()
    {
        var json = await ExecuteAsync($$"""{ node(id: "{{NodeId.Format("Pet", Guid.Empty)}}") { id } }""");

        Assert.Equal("""{"data":{"node":null}}""", json);
    }

    [Fact]
    public async Task A_malformed_id_gives_null_and_an_error_with_a_code()
    {
        var json = await ExecuteAsync("""{ node(id: "nope") { id } }""");

        Assert.Equal(
            """{"errors":[{"message":"The node ID string has an invalid format.","locations":[{"line":1,"column":3}],"path":["node"],"extensions":{"code":"NODE_ID_INVALID","originalValue":"nope"}}],"data":{"node":null}}""",
            json);
    }

    [Fact]
    public async Task An_id_of_a_type_without_a_resolver_gives_null_and_an_error_with_a_code()
    {
        var json = await ExecuteAsync($$"""{ node(id: "{{NodeId.Format("Invoice", 7)}}") { id } }""");

        Assert.Equal(
            """{"errors":[{"message":"There is no node resolver registered for type `Invoice`.","locations":[{"line":1,"column":3}],"path":["node"],"extensions":{"code":"NODE_TYPE_UNKNOWN","typeName":"Invoice"}}],"data":{"node":null}}""",
            json);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_and_reports_bad_ones_at_their_index()
    {
        var json = await ExecuteAsync($$"""{ nodes(ids: ["{{Rex.Id}}", "bad", "{{NodeId.Format("Pet", Guid.Empty)}}"]) { id } }""");

        Assert.Equal(
            """{"errors":[{"message":"The node ID string has an invalid format.","locations":[{"line":1,"column":3}],"path":["nodes",1],"extensions":{"code":"NODE_ID_INVALID","originalValue":"bad"}}],"data":{"nodes":[{"id":"REX"},null,null]}}""".Replace("REX", Rex.Id),
            json);
    }

    [Fact]
    public async Task Nodes_refuses_more_ids_than_HotChocolate_allows_at_once()
    {
        var ids = string.Join(", ", Enumerable.Range(0, NodeQueries.MaxNodesPerRequest + 1).Select(i => $"\"{NodeId.Format("Pet", i)}\""));

        var json = await ExecuteAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}");

        Assert.Contains("The maximum number of nodes that can be fetched at once is 50. This selection tried to fetch 51 nodes", json);
        Assert.Contains("\"code\":\"HC0076\"", json);
        Assert.EndsWith("\"data\":null}", json);
    }
}
