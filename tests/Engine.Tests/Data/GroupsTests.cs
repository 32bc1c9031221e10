using System.Globalization;
using System.Text.Json;

namespace Graph.Engine.Tests.Data;

/// <summary><c>groups</c> in LINQ to objects: keys, date truncation (UTC day, ISO week, month, year) and aggregates
/// per group as computed by hand, at root and per parent.</summary>
public sealed class GroupsTests
{
    [Theory]
    [InlineData("WEEK")]
    [InlineData("MONTH")]
    [InlineData("YEAR")]
    public async Task Books_per_genre_and_truncated_publication_date_are_the_hand_computed_groups(string grouping)
    {
        var json = await DataHarness.RunAsync($$"""
            { books { groups(by: [{ field: GENRE }, { field: PUBLISHED, dateGrouping: {{grouping}} }], first: 1000) {
                key { genre published title } count sum { pages price } max { pages } } } }
            """);

        var expected = Library.Books
            .GroupBy(b => (b.Genre, Date: Truncate(DateOnly.FromDateTime(b.Published), grouping)))
            .OrderBy(g => g.Key.Genre).ThenBy(g => g.Key.Date)
            .Select(g => $"{g.Key.Genre.ToString().ToUpperInvariant()} {g.Key.Date:yyyy-MM-dd} {g.Count()} {g.Sum(b => (long)b.Pages)} {g.Sum(b => b.Price).ToString(CultureInfo.InvariantCulture)} {g.Max(b => b.Pages)}")
            .ToList();
        var groups = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("books").GetProperty("groups").EnumerateArray().ToList();
        Assert.True(expected.Count > 1);
        Assert.Equal(expected, groups.Select(g =>
            $"{g.GetProperty("key").GetProperty("genre").GetString()} {g.GetProperty("key").GetProperty("published").GetString()} {g.GetProperty("count").GetInt32()} "
            + $"{g.GetProperty("sum").GetProperty("pages").GetInt64()} {g.GetProperty("sum").GetProperty("price").GetDecimal().ToString(CultureInfo.InvariantCulture)} {g.GetProperty("max").GetProperty("pages").GetInt32()}"));
        Assert.All(groups, g => Assert.Equal(JsonValueKind.Null, g.GetProperty("key").GetProperty("title").ValueKind));
        if (grouping == "WEEK")
            Assert.All(groups, g => Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(g.GetProperty("key").GetProperty("published").GetString()!, CultureInfo.InvariantCulture).DayOfWeek));
    }

    [Fact]
    public async Task Rows_with_equal_keys_fall_in_one_group()
    {
        var json = await DataHarness.RunAsync("{ books { groups(by: [{ field: IN_PRINT }]) { key { inPrint } count } } }");

        var expected = Library.Books.GroupBy(b => b.InPrint).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}").ToList();
        var groups = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("books").GetProperty("groups").EnumerateArray()
            .Select(g => $"{g.GetProperty("key").GetProperty("inPrint").GetRawText()} {g.GetProperty("count").GetInt32()}").ToList();
        Assert.Contains(expected, e => !e.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Equal(expected, groups);
    }

    [Fact]
    public async Task Each_authors_books_group_by_genre_with_first_per_author()
    {
        var json = await DataHarness.RunAsync("""
            { authors(take: 50) { items { id books { groups(by: [{ field: GENRE }], first: 1) { key { genre } count } } } } }
            """);

        foreach (var author in JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("authors").GetProperty("items").EnumerateArray())
        {
            var books = Library.Authors.Single(a => a.Id == author.GetProperty("id").GetInt32()).Books;
            var groups = author.GetProperty("books").GetProperty("groups").EnumerateArray().ToList();
            if (books.Count == 0)
            {
                Assert.Empty(groups);
                continue;
            }

            var first = books.GroupBy(b => b.Genre).OrderBy(g => g.Key).First();
            var group = Assert.Single(groups);
            Assert.Equal(first.Key.ToString().ToUpperInvariant(), group.GetProperty("key").GetProperty("genre").GetString());
            Assert.Equal(first.Count(), group.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task Date_grouping_on_a_field_that_is_no_date_is_an_error()
    {
        var json = await DataHarness.RunAsync("{ books { groups(by: [{ field: PAGES, dateGrouping: DAY }]) { count } } }");

        Assert.Contains("INVALID_GROUPING", json);
    }

    private static DateOnly Truncate(DateOnly date, string grouping) => grouping switch
    {
        "WEEK" => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        "MONTH" => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };
}
