using Graph.Engine.Data;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Data;

/// <summary>The in-memory library schema and a way to run queries against it.</summary>
internal static class DataHarness
{
    private static readonly Lazy<GraphSchema> LazySchema = new(() => new SchemaBuilder().AddQueryType<LibraryQuery>().AddData().Build());

    public static GraphSchema Schema => LazySchema.Value;

    public static async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, GraphSchema? schema = null)
    {
        var result = await GraphQLExecutor.ExecuteAsync(
            schema ?? Schema,
            new ExecutionRequest(query, Variables: variables),
            new ExecutionOptions { Services = new LibraryServices() });
        return ExecutionResultWriter.ToJson(result);
    }

    /// <summary>Query roots for batched nested fields.</summary>
    private sealed class LibraryServices : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IQueryable<Author>) ? Library.Authors.AsQueryable()
            : serviceType == typeof(IQueryable<Book>) ? Library.Books.AsQueryable()
            : null;
    }
}
