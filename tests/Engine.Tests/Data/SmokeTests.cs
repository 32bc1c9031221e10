using Graph.Engine.Types;

namespace Graph.Engine.Tests.Data;

public sealed class SmokeTests
{
    [Fact]
    public void Prints()
    {
        File.WriteAllText("/tmp/schema.graphql", SchemaPrinter.Print(DataHarness.Schema));
    }

    [Fact]
    public async Task Runs()
    {
        var json = await DataHarness.RunAsync("""
            { books(first: 2, where: { title: { icontains: "the" } }, order: [{ pages: DESC }]) {
                totalCount edges { cursor node { id title author { name books(first: 1) { nodes { title } totalCount } } } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
                aggregate { count sum { pages price } avg { pages } min { published } max { pages } }
              }
              authors(skip: 1, take: 1) { items { name } pageInfo { hasNextPage hasPreviousPage } totalCount }
              bookList(where: { rating: { eq: null } }) { title }
            }
            """);
        File.WriteAllText("/tmp/result.json", json);
    }
}
