using System.Text.Json;

namespace Graph.Schema.Tests.Data;

/// <summary>Aggregates honour <c>where</c> and run as one statement.</summary>
public sealed class AggregateTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    [Fact]
    public async Task Count_sum_avg_min_max_of_the_filtered_rows_in_one_statement()
    {
        var recorder = new SqlRecorder();

        var json = await library.RunAsync(
            """
            { books(first: 1, where: { genre: { eq: POETRY }, rating: { neq: null } }) {
                aggregate {
                  count
                  sum { pages sold price weight rating }
                  avg { pages price score }
                  min { pages published released reprinted discount }
                  max { sold withdrawn price }
                }
              } }
            """,
            recorder);

        var rows = library.Books.Where(b => b.Genre == Genre.Poetry && b.Rating != null).ToList();
        var aggregate = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("books").GetProperty("aggregate");
        Assert.Equal(rows.Count, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(rows.Sum(b => (long)b.Pages), aggregate.GetProperty("sum").GetProperty("pages").GetInt64());
        Assert.Equal(rows.Sum(b => b.Sold), aggregate.GetProperty("sum").GetProperty("sold").GetInt64());
        Assert.Equal(rows.Sum(b => b.Price), aggregate.GetProperty("sum").GetProperty("price").GetDecimal());
        Assert.Equal(rows.Sum(b => b.Weight), aggregate.GetProperty("sum").GetProperty("weight").GetDouble(), 6);
        Assert.Equal(rows.Sum(b => (long)b.Rating!), aggregate.GetProperty("sum").GetProperty("rating").GetInt64());
        Assert.Equal(rows.Average(b => b.Pages), aggregate.GetProperty("avg").GetProperty("pages").GetDouble(), 6);
        Assert.Equal(decimal.Round(rows.Average(b => b.Price), 6), decimal.Round(aggregate.GetProperty("avg").GetProperty("price").GetDecimal(), 6));
        Assert.Equal(rows.Average(b => b.Score)!.Value, aggregate.GetProperty("avg").GetProperty("score").GetDouble(), 6);
        Assert.Equal(rows.Min(b => b.Pages), aggregate.GetProperty("min").GetProperty("pages").GetInt32());
        Assert.Equal(rows.Min(b => b.Published), aggregate.GetProperty("min").GetProperty("published").GetDateTimeOffset().UtcDateTime);
        Assert.Equal(rows.Min(b => b.Released).ToString("yyyy-MM-dd"), aggregate.GetProperty("min").GetProperty("released").GetString());
        Assert.Equal(rows.Min(b => b.Reprinted)?.ToString("yyyy-MM-dd"), aggregate.GetProperty("min").GetProperty("reprinted").GetString());
        Assert.Equal(rows.Min(b => b.Discount), aggregate.GetProperty("min").GetProperty("discount").GetDecimal());
        Assert.Equal(rows.Max(b => b.Sold), aggregate.GetProperty("max").GetProperty("sold").GetInt64());
        Assert.Equal(rows.Max(b => b.Price), aggregate.GetProperty("max").GetProperty("price").GetDecimal());
        Assert.Equal(rows.Max(b => b.Withdrawn), aggregate.GetProperty("max").GetProperty("withdrawn").GetDateTimeOffset().UtcDateTime);

        var sql = Assert.Single(recorder.Commands);
        Assert.Contains("GROUP BY", sql);
        Assert.Contains("WHERE", sql);
    }

    [Fact]
    public async Task Aggregates_of_nothing_are_a_zero_count_and_null_values()
    {
        var json = await library.RunAsync("{ books(where: { pages: { lt: 0 } }) { aggregate { count sum { pages } avg { pages } min { published } max { price } } } }");

        Assert.Equal("""{"data":{"books":{"aggregate":{"count":0,"sum":{"pages":0},"avg":{"pages":null},"min":{"published":null},"max":{"price":null}}}}}""", json);
    }

    [Fact]
    public async Task Aggregates_need_no_page_query()
    {
        var recorder = new SqlRecorder();

        await library.RunAsync("{ books { aggregate { count } } }", recorder);

        Assert.Single(recorder.Commands);
    }
}
