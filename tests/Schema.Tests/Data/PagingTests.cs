using System.Text.Json;

namespace Graph.Schema.Tests.Data;

/// <summary>
/// Keyset paging on PostgreSQL: walking every page forward (<c>first/after</c>) and backward (<c>last/before</c>)
/// under each sort yields exactly the database's own ORDER BY (nulls included, no row skipped or repeated), and no
/// statement after a cursor uses OFFSET.
/// </summary>
public sealed class PagingTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    // order literal → the database's ORDER BY for it (the oracle).
    public static TheoryData<string, string> Orders => new()
    {
        { "", "b.\"Id\"" },
        { "{ title: ASC }", "b.\"Title\", b.\"Id\"" },
        { "{ title: DESC }", "b.\"Title\" DESC, b.\"Id\"" },
        { "{ subtitle: ASC }", "b.\"Subtitle\", b.\"Id\"" },
        { "{ subtitle: DESC }", "b.\"Subtitle\" DESC, b.\"Id\"" },
        { "{ rating: ASC }", "b.\"Rating\", b.\"Id\"" },
        { "{ rating: DESC }", "b.\"Rating\" DESC, b.\"Id\"" },
        { "{ pages: DESC }", "b.\"Pages\" DESC, b.\"Id\"" },
        { "{ sold: ASC }", "b.\"Sold\", b.\"Id\"" },
        { "{ returned: DESC }", "b.\"Returned\" DESC, b.\"Id\"" },
        { "{ price: ASC }", "b.\"Price\", b.\"Id\"" },
        { "{ discount: ASC }", "b.\"Discount\", b.\"Id\"" },
        { "{ weight: DESC }", "b.\"Weight\" DESC, b.\"Id\"" },
        { "{ score: ASC }", "b.\"Score\", b.\"Id\"" },
        { "{ inPrint: ASC }", "b.\"InPrint\", b.\"Id\"" },
        { "{ signed: DESC }", "b.\"Signed\" DESC, b.\"Id\"" },
        { "{ genre: DESC }", "b.\"Genre\" DESC, b.\"Id\"" },
        { "{ format: ASC }", "b.\"Format\", b.\"Id\"" },
        { "{ isbn: DESC }", "b.\"Isbn\" DESC, b.\"Id\"" },
        { "{ edition: ASC }", "b.\"Edition\", b.\"Id\"" },
        { "{ published: ASC }", "b.\"Published\", b.\"Id\"" },
        { "{ withdrawn: DESC }", "b.\"Withdrawn\" DESC, b.\"Id\"" },
        { "{ released: DESC }", "b.\"Released\" DESC, b.\"Id\"" },
        { "{ reprinted: ASC }", "b.\"Reprinted\", b.\"Id\"" },
        { "{ id: DESC }", "b.\"Id\" DESC" },
        { "{ genre: ASC }, { rating: DESC }, { subtitle: ASC }", "b.\"Genre\", b.\"Rating\" DESC, b.\"Subtitle\", b.\"Id\"" },
        { "{ author: { email: DESC } }, { pages: ASC }", "a.\"Email\" DESC, b.\"Pages\", b.\"Id\"" },
        { "{ author: { born: ASC, name: DESC } }", "a.\"Born\", a.\"Name\" DESC, b.\"Id\"" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walking_forward_page_by_page_yields_the_database_order(string order, string orderBy)
    {
        var expected = await Oracle(orderBy);
        var recorder = new SqlRecorder();
        var seen = new List<int>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = Page(await library.RunAsync($"{{ books(first: 37, order: [{order}]{cursor}) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}", recorder));
            seen.AddRange(page.Ids);
            Assert.Equal(after is not null, page.HasPreviousPage);
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 36) / 37, pages);
        Assert.All(recorder.Commands, sql => Assert.DoesNotContain("OFFSET", sql));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Walking_backward_page_by_page_yields_the_database_order(string order, string orderBy)
    {
        var expected = await Oracle(orderBy);
        var seen = new List<int>();
        string? before = null;
        while (true)
        {
            var cursor = before is null ? "" : $", before: \"{before}\"";
            var page = Page(await library.RunAsync($"{{ books(last: 41, order: [{order}]{cursor}) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}"));
            seen.InsertRange(0, page.Ids);
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.StartCursor;
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task After_and_before_together_select_the_rows_between_them()
    {
        var all = await Oracle("b.\"Rating\" DESC, b.\"Id\"");
        var first = Page(await library.RunAsync("{ books(first: 5, order: [{ rating: DESC }]) { edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"));
        var tenth = Page(await library.RunAsync($"{{ books(first: 5, after: \"{first.EndCursor}\", order: [{{ rating: DESC }}]) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}"));

        var between = Page(await library.RunAsync($"{{ books(first: 100, after: \"{first.StartCursor}\", before: \"{tenth.EndCursor}\", order: [{{ rating: DESC }}]) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}"));

        Assert.Equal(all.Skip(1).Take(8), between.Ids);
    }

    [Fact]
    public async Task Without_first_or_last_a_page_has_the_default_size_of_ten()
    {
        var page = Page(await library.RunAsync("{ books { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"));

        Assert.Equal(library.Books.Take(10).Select(b => b.Id), page.Ids);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task First_zero_gives_no_edges_but_tells_whether_there_are_any()
    {
        var page = Page(await library.RunAsync("{ books(first: 0) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"));

        Assert.Empty(page.Ids);
        Assert.True(page.HasNextPage);
        Assert.Null(page.EndCursor);
    }

    [Fact]
    public async Task More_than_the_maximum_page_size_is_HotChocolate_s_error()
    {
        var json = await library.RunAsync("{ books(first: 101) { nodes { id } } }");

        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed items per page were exceeded.","locations":[{"line":1,"column":3}],"path":["books"],"extensions":{"code":"HC0051","coordinate":"Query.books","requestedItems":101,"maxAllowedItems":100}}],"data":{"books":null}}""",
            json);
    }

    [Fact]
    public async Task A_negative_page_size_is_HotChocolate_s_error()
    {
        var json = await library.RunAsync("{ books(last: -1) { nodes { id } } }");

        Assert.Equal(
            """{"errors":[{"message":"The requested number of values per page must be at least 0.","locations":[{"line":1,"column":3}],"path":["books"],"extensions":{"code":"HC0079","coordinate":"Query.books","requestedItems":-1}}],"data":{"books":null}}""",
            json);
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var json = await library.RunAsync("{ books(first: 2, last: 2) { nodes { id } } }");

        Assert.Contains("You can specify either `first` or `last`, but not both as this can lead to unpredictable results.", json);
        Assert.Contains("\"data\":{\"books\":null}", json);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("WzFd")]
    [InlineData("WyJ4IiwxXQ==")]
    public async Task A_cursor_that_is_not_one_of_this_order_is_an_invalid_format(string cursor)
    {
        var json = await library.RunAsync($"{{ books(after: \"{cursor}\", order: [{{ pages: ASC }}]) {{ nodes {{ id }} }} }}");

        Assert.Contains($"\"message\":\"The cursor specified in `after` has an invalid format.\"", json);
        Assert.Contains("\"code\":\"HC0078\"", json);
    }

    [Fact]
    public async Task Total_count_is_counted_only_when_selected()
    {
        var recorder = new SqlRecorder();
        await library.RunAsync("{ books(first: 3) { nodes { id } } }", recorder);
        Assert.Single(recorder.Commands);

        recorder.Clear();
        var json = await library.RunAsync("{ books(first: 3, where: { rating: { eq: null } }) { totalCount } }", recorder);
        Assert.Equal("{\"data\":{\"books\":{\"totalCount\":" + library.Books.Count(b => b.Rating == null) + "}}}", json);
        Assert.Contains("count(*)", Assert.Single(recorder.Commands));
    }

    [Fact]
    public async Task Offset_paging_skips_and_takes()
    {
        var recorder = new SqlRecorder();
        var json = await library.RunAsync("{ bookSegment(skip: 20, take: 5, order: [{ pages: DESC }]) { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }", recorder);

        var expected = library.Books.OrderByDescending(b => b.Pages).ThenBy(b => b.Id).Skip(20).Take(5).Select(b => b.Id);
        var items = string.Join(",", expected.Select(id => "{\"id\":" + id + "}"));
        Assert.Equal(
            "{\"data\":{\"bookSegment\":{\"items\":[" + items + "],\"pageInfo\":{\"hasNextPage\":true,\"hasPreviousPage\":true},\"totalCount\":" + library.Books.Count + "}}}",
            json);
        Assert.Contains("OFFSET", recorder.Commands[0]);
    }

    private Task<List<int>> Oracle(string orderBy) =>
        library.IdsAsync($"SELECT b.\"Id\" FROM library.books b JOIN library.authors a ON a.\"Id\" = b.\"AuthorId\" ORDER BY {orderBy}");

    private static (List<int> Ids, bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor) Page(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            Assert.Fail(errors.ToString());
        }

        var books = document.RootElement.GetProperty("data").GetProperty("books");
        var info = books.GetProperty("pageInfo");
        return (
            books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList(),
            info.GetProperty("hasNextPage").GetBoolean(),
            info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").GetString(),
            info.GetProperty("endCursor").GetString());
    }
}
