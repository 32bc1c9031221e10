using System.Text.Json;
using Snapshooter.Xunit;

namespace Graph.Schema.Tests.Data;

/// <summary>
/// Nested selections read one statement per relation path, whatever the number of parents: paged nested
/// connections load all parents' pages in one query per level; plain relations are projected into their parent's
/// statement; only selected columns are read.
/// </summary>
public sealed class NestedLoadingTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    private const string ThreeLevels = """
        {
          authors(first: 50) {
            nodes {
              name
              books(first: 3, order: [{ pages: DESC }]) {
                totalCount
                nodes {
                  title
                  author { email }
                  reviews(first: 2, where: { stars: { gte: 2 } }) {
                    nodes { stars reviewer book { title } comments { text } }
                    aggregate { count avg { stars } }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Fifty_parents_three_levels_deep_run_one_statement_per_relation_path()
    {
        var recorder = new SqlRecorder();

        var json = await library.RunAsync(ThreeLevels, recorder);

        Assert.DoesNotContain("errors", json);
        // authors; their books (with counts); the books' reviews (with aggregates) — author, book and comments are
        // projected into the statements of their parents.
        Assert.Equal(3, recorder.Commands.Count);
        using var document = JsonDocument.Parse(json);
        var authors = document.RootElement.GetProperty("data").GetProperty("authors").GetProperty("nodes");
        Assert.Equal(50, authors.GetArrayLength());
    }

    [Fact]
    public async Task Nested_pages_hold_each_parent_s_own_rows_in_order()
    {
        var json = await library.RunAsync(ThreeLevels);

        using var document = JsonDocument.Parse(json);
        var books = library.Books.ToLookup(b => b.AuthorId);
        var reviews = library.Reviews.ToLookup(r => r.BookId);
        var authorIndex = 0;
        foreach (var author in document.RootElement.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var authorRow = library.Authors[authorIndex++];
            Assert.Equal(authorRow.Name, author.GetProperty("name").GetString());
            var connection = author.GetProperty("books");
            var own = books[authorRow.Id].OrderByDescending(b => b.Pages).ThenBy(b => b.Id).ToList();
            Assert.Equal(own.Count, connection.GetProperty("totalCount").GetInt32());
            var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(own.Take(3).Select(b => b.Title), nodes.Select(n => n.GetProperty("title").GetString()));
            for (var i = 0; i < nodes.Count; i++)
            {
                Assert.Equal(authorRow.Email, nodes[i].GetProperty("author").GetProperty("email").GetString());
                var bookReviews = reviews[own[i].Id].Where(r => r.Stars >= 2).OrderBy(r => r.Id).ToList();
                var reviewConnection = nodes[i].GetProperty("reviews");
                Assert.Equal(bookReviews.Take(2).Select(r => r.Stars), reviewConnection.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("stars").GetInt32()));
                Assert.Equal(
                    bookReviews.Take(2).Select(r => r.Comments.Count),
                    reviewConnection.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("comments").GetArrayLength()));
                var aggregate = reviewConnection.GetProperty("aggregate");
                Assert.Equal(bookReviews.Count, aggregate.GetProperty("count").GetInt32());
                var average = aggregate.GetProperty("avg").GetProperty("stars");
                double? expectedAverage = bookReviews.Count == 0 ? null : bookReviews.Average(r => r.Stars);
                double? actualAverage = average.ValueKind == JsonValueKind.Null ? null : average.GetDouble();
                Assert.Equal(expectedAverage, actualAverage);
            }
        }
    }

    [Fact]
    public async Task Nested_connections_page_backward_and_continue_after_a_cursor_for_every_parent()
    {
        var first = await library.RunAsync("{ authors(first: 5) { nodes { id books(last: 2, order: [{ title: ASC }]) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage } } } } }");
        using var document = JsonDocument.Parse(first);
        var byAuthor = library.Books.ToLookup(b => b.AuthorId);
        foreach (var author in document.RootElement.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var id = author.GetProperty("id").GetInt32();
            var ordered = (await library.IdsAsync($"SELECT \"Id\" FROM library.books WHERE \"AuthorId\" = {id} ORDER BY \"Title\", \"Id\""));
            var edges = author.GetProperty("books").GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(ordered.TakeLast(2), edges.Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
            Assert.Equal(ordered.Count > 2, author.GetProperty("books").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(byAuthor[id].Count(), ordered.Count);
        }
    }

    [Fact]
    public async Task A_projection_reads_only_the_selected_columns_and_the_keys()
    {
        var recorder = new SqlRecorder();

        await library.RunAsync("{ books(first: 2) { nodes { title } } }", recorder);

        var sql = Assert.Single(recorder.Commands);
        Assert.Contains("SELECT b.\"Id\", b.\"Title\"\nFROM library.books", sql);
    }

    [Fact]
    public async Task A_page_after_a_cursor_on_keys_running_one_way_seeks_by_one_row_value_comparison()
    {
        var first = await library.RunAsync("{ books(first: 3, order: [{ price: ASC }]) { nodes { price } pageInfo { endCursor } } }");
        var page = JsonDocument.Parse(first).RootElement.GetProperty("data").GetProperty("books");
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var recorder = new SqlRecorder();

        var json = await library.RunAsync($$"""{ books(first: 3, after: "{{cursor}}", order: [{ price: ASC }]) { nodes { price } } }""", recorder);

        var sql = Assert.Single(recorder.Commands);
        Assert.Matches(@"WHERE \(b\.""Price"", b\.""Id""\) > \(@\w+, @\w+\)", sql);
        var all = JsonDocument.Parse(await library.RunAsync("{ books(first: 6, order: [{ price: ASC }]) { nodes { price } } }")).RootElement;
        Assert.Equal(
            all.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Skip(3).Select(n => n.GetProperty("price").GetDecimal()),
            JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task The_sql_of_a_filtered_sorted_paged_nested_query_is_as_recorded()
    {
        var recorder = new SqlRecorder();
        var first = await library.RunAsync("{ books(first: 2, order: [{ author: { name: ASC } }, { price: DESC }]) { pageInfo { endCursor } } }");
        var cursor = JsonDocument.Parse(first).RootElement.GetProperty("data").GetProperty("books").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var json = await library.RunAsync(
            $$"""
            {
              books(first: 4, after: "{{cursor}}", where: { or: [{ title: { icontains: "case" } }, { rating: { gte: 4 } }], reviews: { some: { stars: { eq: 5 } } } },
                    order: [{ author: { name: ASC } }, { price: DESC }]) {
                totalCount
                edges { cursor node { title price author { name } reviews(first: 2, order: [{ stars: DESC }]) { nodes { stars comments { text } } } } }
                pageInfo { hasNextPage hasPreviousPage }
              }
            }
            """,
            recorder);

        Assert.DoesNotContain("errors", json);
        Snapshot.Match(string.Join("\n\n-- next statement --\n", recorder.Commands));
    }
}
