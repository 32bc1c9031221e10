namespace Graph.Schema.Tests.Data;

public sealed class DataSmokeTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task Runs()
    {
        var recorder = new SqlRecorder();
        var json = await library.RunAsync("""
            { authors(first: 3, where: { name: { istartsWith: "author 0" } }, order: [{ name: DESC }]) {
                totalCount
                edges { cursor node { id name books(first: 2, order: [{ pages: DESC }]) { totalCount nodes { title pages author { name } reviews(first: 1) { nodes { stars comments { text } } aggregate { count avg { stars } } } } } } }
                pageInfo { hasNextPage endCursor }
                aggregate { count }
              }
            }
            """, recorder);
        File.WriteAllText("/tmp/pg-result.json", json);
        File.WriteAllText("/tmp/pg-sql.txt", string.Join("\n\n=====\n", recorder.Commands));
    }
}
