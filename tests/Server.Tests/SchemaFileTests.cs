using Graph.Engine.Types;
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
        var served = ServedSchema().GetRequiredService<ISchemaDocumentSource>().PrintSchema();
        var path = RepositoryRoot.Combine("schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";

        Assert.True(
            committed == served,
            $"schema.graphql at the repository root is not the schema the server serves. Regenerate it with `{Regenerate}` "
            + $"(from the repository root) and commit it.\n--- served ---\n{served}\n--- schema.graphql ---\n{committed}");
    }

    /// <summary>What a partner reads first in an IDE's schema reference: each query, mutation and subscription says what
    /// it does.</summary>
    [Fact]
    public void Every_root_field_has_a_description()
    {
        var schema = ServedSchema().GetRequiredService<GraphSchema>();
        var roots = new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.OfType<ObjectType>().ToList();
        Assert.Equal(3, roots.Count);

        var undescribed = roots
            .SelectMany(root => root.Fields.Where(field => string.IsNullOrWhiteSpace(field.Description)).Select(field => $"{root.Name}.{field.Name}"))
            .ToList();
        Assert.True(undescribed.Count == 0, "Root fields without a description: " + string.Join(", ", undescribed));
        Assert.True(roots.Sum(root => root.Fields.Count) > 150, "read too few root fields to trust the check");
    }

    private static ServiceProvider ServedSchema() => new ServiceCollection()
        .AddLogging()
        .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production })
        .AddGraphSchema()
        .AddGraphModules()
        .AddGraphAuth()
        .AddGraphServer()
        .BuildServiceProvider();
}
