using Graph.Server.Auth;
using Graph.Schema;
using Graph.Server.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Graph.Server.Tests;

/// <summary>schema.graphql at the repository root is the served schema, byte for byte.</summary>
public sealed class SchemaFileTests
{
    public const string Regenerate = "dotnet run --project src/Server -- export-schema";

    [Fact]
    public void Schema_graphql_equals_the_served_schema()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production })
            .AddGraphSchema()
            .AddGraphModules()
            .AddGraphAuth()
            .AddGraphServer()
            .BuildServiceProvider();
        var served = services.GetRequiredService<ISchemaDocumentSource>().PrintSchema();
        var path = RepositoryRoot.Combine("schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";

        Assert.True(
            committed == served,
            $"schema.graphql at the repository root is not the schema the server serves. Regenerate it with `{Regenerate}` "
            + $"(from the repository root) and commit it.\n--- served ---\n{served}\n--- schema.graphql ---\n{committed}");
    }
}
