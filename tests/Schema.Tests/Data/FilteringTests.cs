using System.Text.Json;

namespace Graph.Schema.Tests.Data;

/// <summary>
/// Every filter operator on PostgreSQL, for non-null and nullable members of every scalar type: the rows returned
/// equal the rows the C# predicate selects, the SQL has one statement with the filter in its WHERE (EF Core refuses
/// client evaluation, so anything untranslatable fails here) and carries the values as parameters.
/// </summary>
public sealed class FilteringTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    private static readonly DateTime Y1990 = new(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly D1990 = new(1990, 1, 1);
    private static readonly Guid Isbn5 = new("00000005-0000-0000-0000-000000039595");
    private static readonly Guid Edition3 = new("00000003-1111-0000-0000-000000000000");

    // where literal → the rows it must select (C# null semantics: a comparison with null is false, its negation true).
    private static readonly Dictionary<string, Func<Book, bool>> Cases = new()
    {
        ["{ title: { eq: \"Book 0010\" } }"] = b => b.Title == "Book 0010",
        ["{ title: { neq: \"Book 0010\" } }"] = b => b.Title != "Book 0010",
        ["{ subtitle: { eq: null } }"] = b => b.Subtitle == null,
        ["{ subtitle: { neq: null } }"] = b => b.Subtitle != null,
        ["{ subtitle: { eq: \"Subtitle 3\" } }"] = b => b.Subtitle == "Subtitle 3",
        ["{ subtitle: { neq: \"Subtitle 3\" } }"] = b => b.Subtitle != "Subtitle 3",
        ["{ title: { contains: \"00\" } }"] = b => b.Title.Contains("00"),
        ["{ title: { ncontains: \"00\" } }"] = b => !b.Title.Contains("00"),
        ["{ subtitle: { contains: \"3\" } }"] = b => b.Subtitle != null && b.Subtitle.Contains('3'),
        ["{ subtitle: { ncontains: \"3\" } }"] = b => !(b.Subtitle != null && b.Subtitle.Contains('3')),
        ["{ title: { contains: \"%\" } }"] = b => b.Title.Contains('%'),
        ["{ title: { startsWith: \"Book 01\" } }"] = b => b.Title.StartsWith("Book 01", StringComparison.Ordinal),
        ["{ title: { nstartsWith: \"Book\" } }"] = b => !b.Title.StartsWith("Book", StringComparison.Ordinal),
        ["{ title: { startsWith: \"Under_\" } }"] = b => b.Title.StartsWith("Under_", StringComparison.Ordinal),
        ["{ title: { endsWith: \"7\" } }"] = b => b.Title.EndsWith('7'),
        ["{ title: { nendsWith: \"7\" } }"] = b => !b.Title.EndsWith('7'),
        ["{ subtitle: { endsWith: \"5\" } }"] = b => b.Subtitle != null && b.Subtitle.EndsWith('5'),
        ["{ title: { in: [\"Book 0010\", \"Book 0020\", \"nope\"] } }"] = b => b.Title is "Book 0010" or "Book 0020",
        ["{ title: { nin: [\"Book 0010\", \"Book 0020\"] } }"] = b => b.Title is not ("Book 0010" or "Book 0020"),
        ["{ subtitle: { in: [\"Subtitle 1\", null] } }"] = b => b.Subtitle is "Subtitle 1" or null,
        ["{ subtitle: { nin: [\"Subtitle 1\"] } }"] = b => b.Subtitle != "Subtitle 1",
        ["{ title: { ieq: \"book 0010\" } }"] = b => string.Equals(b.Title, "book 0010", StringComparison.OrdinalIgnoreCase),
        ["{ title: { icontains: \"the case\" } }"] = b => b.Title.Contains("the case", StringComparison.OrdinalIgnoreCase),
        ["{ title: { icontains: \"0% p\" } }"] = b => b.Title.Contains("0% p", StringComparison.OrdinalIgnoreCase),
        ["{ title: { istartsWith: \"under_\" } }"] = b => b.Title.StartsWith("under_", StringComparison.OrdinalIgnoreCase),
        ["{ title: { istartsWith: \"under%\" } }"] = b => b.Title.StartsWith("under%", StringComparison.OrdinalIgnoreCase),
        ["{ title: { icontains: \"k\\\\s\" } }"] = b => b.Title.Contains("k\\s", StringComparison.OrdinalIgnoreCase),
        ["{ title: { iendsWith: \"0 8\" } }"] = b => b.Title.EndsWith("0 8", StringComparison.OrdinalIgnoreCase),
        ["{ subtitle: { ieq: \"SUBTITLE 2\" } }"] = b => string.Equals(b.Subtitle, "SUBTITLE 2", StringComparison.OrdinalIgnoreCase),
        ["{ title: { or: [{ startsWith: \"THE\" }, { endsWith: \"0\" }], and: [{ ncontains: \"5\" }] } }"] =
            b => (b.Title.StartsWith("THE", StringComparison.Ordinal) || b.Title.EndsWith('0')) && !b.Title.Contains('5'),

        ["{ pages: { eq: 285 } }"] = b => b.Pages == 285,
        ["{ pages: { neq: 285 } }"] = b => b.Pages != 285,
        ["{ pages: { gt: 300 } }"] = b => b.Pages > 300,
        ["{ pages: { ngt: 300 } }"] = b => !(b.Pages > 300),
        ["{ pages: { gte: 300 } }"] = b => b.Pages >= 300,
        ["{ pages: { ngte: 300 } }"] = b => !(b.Pages >= 300),
        ["{ pages: { lt: 200 } }"] = b => b.Pages < 200,
        ["{ pages: { nlt: 200 } }"] = b => !(b.Pages < 200),
        ["{ pages: { lte: 200 } }"] = b => b.Pages <= 200,
        ["{ pages: { nlte: 200 } }"] = b => !(b.Pages <= 200),
        ["{ pages: { in: [137, 174, 211] } }"] = b => b.Pages is 137 or 174 or 211,
        ["{ pages: { nin: [137, 174, 211] } }"] = b => b.Pages is not (137 or 174 or 211),
        ["{ rating: { eq: null } }"] = b => b.Rating == null,
        ["{ rating: { neq: null } }"] = b => b.Rating != null,
        ["{ rating: { eq: 3 } }"] = b => b.Rating == 3,
        ["{ rating: { neq: 3 } }"] = b => b.Rating != 3,
        ["{ rating: { gt: 2 } }"] = b => b.Rating > 2,
        ["{ rating: { ngt: 2 } }"] = b => !(b.Rating > 2),
        ["{ rating: { gte: 2 } }"] = b => b.Rating >= 2,
        ["{ rating: { ngte: 2 } }"] = b => !(b.Rating >= 2),
        ["{ rating: { lt: 2 } }"] = b => b.Rating < 2,
        ["{ rating: { nlt: 2 } }"] = b => !(b.Rating < 2),
        ["{ rating: { lte: 2 } }"] = b => b.Rating <= 2,
        ["{ rating: { nlte: 2 } }"] = b => !(b.Rating <= 2),
        ["{ rating: { in: [1, null] } }"] = b => b.Rating is 1 or null,
        ["{ rating: { nin: [1, 2] } }"] = b => b.Rating is not (1 or 2),

        ["{ sold: { gt: 3000000000 } }"] = b => b.Sold > 3_000_000_000L,
        ["{ sold: { lte: 1000000050 } }"] = b => b.Sold <= 1_000_000_050L,
        ["{ returned: { eq: null } }"] = b => b.Returned == null,
        ["{ returned: { gte: 1000 } }"] = b => b.Returned >= 1000,
        ["{ returned: { nlt: 1000 } }"] = b => !(b.Returned < 1000),
        ["{ returned: { in: [10, 20, 40] } }"] = b => b.Returned is 10 or 20 or 40,

        ["{ price: { gt: 30.5 } }"] = b => b.Price > 30.5m,
        ["{ price: { eq: 18.25 } }"] = b => b.Price == 18.25m,
        ["{ price: { nin: [18.25, 5] } }"] = b => b.Price != 18.25m && b.Price != 5m,
        ["{ discount: { eq: null } }"] = b => b.Discount == null,
        ["{ discount: { lt: 1 } }"] = b => b.Discount < 1m,
        ["{ discount: { nlt: 1 } }"] = b => !(b.Discount < 1m),

        ["{ weight: { gte: 0.3 } }"] = b => b.Weight >= 0.3,
        ["{ weight: { ngte: 0.3 } }"] = b => !(b.Weight >= 0.3),
        ["{ score: { gt: 2.5 } }"] = b => b.Score > 2.5,
        ["{ score: { ngt: 2.5 } }"] = b => !(b.Score > 2.5),
        ["{ score: { eq: null } }"] = b => b.Score == null,

        ["{ inPrint: { eq: true } }"] = b => b.InPrint,
        ["{ inPrint: { neq: true } }"] = b => !b.InPrint,
        ["{ signed: { eq: true } }"] = b => b.Signed == true,
        ["{ signed: { neq: true } }"] = b => b.Signed != true,
        ["{ signed: { eq: null } }"] = b => b.Signed == null,

        ["{ genre: { eq: POETRY } }"] = b => b.Genre == Genre.Poetry,
        ["{ genre: { neq: POETRY } }"] = b => b.Genre != Genre.Poetry,
        ["{ genre: { in: [FICTION, SCIENCE] } }"] = b => b.Genre is Genre.Fiction or Genre.Science,
        ["{ genre: { nin: [FICTION] } }"] = b => b.Genre != Genre.Fiction,
        ["{ format: { eq: null } }"] = b => b.Format == null,
        ["{ format: { eq: EBOOK } }"] = b => b.Format == Format.Ebook,
        ["{ format: { neq: EBOOK } }"] = b => b.Format != Format.Ebook,
        ["{ format: { nin: [HARDCOVER, PAPERBACK] } }"] = b => b.Format is not (Format.Hardcover or Format.Paperback),

        ["{ isbn: { eq: \"00000005-0000-0000-0000-000000039595\" } }"] = b => b.Isbn == Isbn5,
        ["{ isbn: { gt: \"00000005-0000-0000-0000-000000039595\" } }"] = b => b.Isbn.CompareTo(Isbn5) > 0,
        ["{ isbn: { nlte: \"00000005-0000-0000-0000-000000039595\" } }"] = b => b.Isbn.CompareTo(Isbn5) > 0,
        ["{ edition: { eq: null } }"] = b => b.Edition == null,
        ["{ edition: { eq: \"00000003-1111-0000-0000-000000000000\" } }"] = b => b.Edition == Edition3,
        ["{ edition: { lt: \"00000003-1111-0000-0000-000000000000\" } }"] = b => b.Edition.HasValue && b.Edition.Value.CompareTo(Edition3) < 0,
        ["{ edition: { in: [\"00000003-1111-0000-0000-000000000000\", null] } }"] = b => b.Edition == Edition3 || b.Edition == null,

        ["{ published: { gt: \"1990-01-01T00:00:00Z\" } }"] = b => b.Published > Y1990,
        ["{ published: { lte: \"1990-01-01T01:00:00+01:00\" } }"] = b => b.Published <= Y1990,
        ["{ withdrawn: { eq: null } }"] = b => b.Withdrawn == null,
        ["{ withdrawn: { gte: \"2020-06-01T00:00:00Z\" } }"] = b => b.Withdrawn >= new DateTime(2020, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        ["{ withdrawn: { ngte: \"2020-06-01T00:00:00Z\" } }"] = b => !(b.Withdrawn >= new DateTime(2020, 6, 1, 0, 0, 0, DateTimeKind.Utc)),

        ["{ released: { lt: \"1990-01-01\" } }"] = b => b.Released < D1990,
        ["{ released: { nlt: \"1990-01-01\" } }"] = b => !(b.Released < D1990),
        ["{ reprinted: { eq: null } }"] = b => b.Reprinted == null,
        ["{ reprinted: { gte: \"2010-06-01\" } }"] = b => b.Reprinted >= new DateOnly(2010, 6, 1),
        ["{ reprinted: { in: [\"2010-06-01\", \"2011-06-01\"] } }"] = b => b.Reprinted == new DateOnly(2010, 6, 1) || b.Reprinted == new DateOnly(2011, 6, 1),

        ["{ author: { name: { eq: \"Author 07\" } } }"] = b => b.AuthorId == 7,
        ["{ author: { email: { eq: null } } }"] = b => b.AuthorId % 3 == 0,
        ["{ reviews: { some: { stars: { eq: 5 } } } }"] = null!,
        ["{ reviews: { all: { stars: { gte: 3 } } } }"] = null!,
        ["{ reviews: { none: { stars: { gte: 3 } } } }"] = null!,
        ["{ reviews: { any: true } }"] = null!,
        ["{ reviews: { any: false } }"] = null!,
        ["{ or: [{ pages: { lt: 150 } }, { rating: { eq: null } }] }"] = b => b.Pages < 150 || b.Rating == null,
        ["{ and: [{ pages: { lt: 300 } }, { rating: { gte: 3 } }], genre: { eq: FICTION } }"] = b => b.Pages < 300 && b.Rating >= 3 && b.Genre == Genre.Fiction,
        ["{ or: [{ pages: { lt: 150 } }, {}] }"] = b => true,
    };

    public static TheoryData<string> Where => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Where))]
    public async Task Operator_selects_the_rows_its_predicate_selects_in_one_parameterized_statement(string where)
    {
        var expected = Expected(where);
        var recorder = new SqlRecorder();

        var json = await library.RunAsync($"{{ bookSegment(take: 100, where: {where}, order: [{{ id: ASC }}]) {{ items {{ id }} }} }}", recorder);

        Assert.Equal(expected, Ids(json));
        var sql = Assert.Single(recorder.Commands);
        if (!where.Contains("{}", StringComparison.Ordinal))
        {
            Assert.Contains("WHERE", sql);
        }

        foreach (var literal in Literals(where))
        {
            Assert.DoesNotContain(literal, SqlText(sql));
        }
    }

    [Fact]
    public async Task A_comparison_with_null_is_an_error_like_HotChocolate_s()
    {
        var json = await library.RunAsync("{ bookSegment(where: { pages: { gt: null } }) { items { id } } }");

        Assert.Equal(
            """{"errors":[{"message":"The provided value for filter `gt` of type IntOperationFilterInput is invalid. Null values are not supported.","locations":[{"line":1,"column":3}],"path":["bookSegment"],"extensions":{"code":"HC0026"}}],"data":{"bookSegment":null}}""",
            json);
    }

    [Fact]
    public async Task Filter_values_from_variables_are_parameters_too()
    {
        var recorder = new SqlRecorder();
        var json = await library.RunAsync(
            "query($t: String) { bookSegment(where: { title: { icontains: $t } }) { items { id } } }",
            recorder,
            new Dictionary<string, object?> { ["t"] = "the case" });

        Assert.Equal(library.Books.Where(b => b.Title.Contains("THE CASE", StringComparison.Ordinal)).Select(b => b.Id).Take(10), Ids(json));
        Assert.Contains("ILIKE @", recorder.Commands[0]);
        Assert.Contains("'%the case%'", recorder.Commands[0]);
    }

    private List<int> Expected(string where)
    {
        var reviews = library.Reviews.ToLookup(r => r.BookId);
        Func<Book, bool> predicate = where switch
        {
            "{ reviews: { some: { stars: { eq: 5 } } } }" => b => reviews[b.Id].Any(r => r.Stars == 5),
            "{ reviews: { all: { stars: { gte: 3 } } } }" => b => reviews[b.Id].All(r => r.Stars >= 3),
            "{ reviews: { none: { stars: { gte: 3 } } } }" => b => !reviews[b.Id].Any(r => r.Stars >= 3),
            "{ reviews: { any: true } }" => b => reviews[b.Id].Any(),
            "{ reviews: { any: false } }" => b => !reviews[b.Id].Any(),
            _ => Cases[where],
        };
        return library.Books.Where(predicate).Select(b => b.Id).OrderBy(id => id).Take(100).ToList();
    }

    private static List<int> Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        var field = data.EnumerateObject().First().Value;
        var items = field.ValueKind == JsonValueKind.Array ? field : field.GetProperty("items");
        return items.EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    /// <summary>The values a where literal carries (quoted strings and numbers other than small ones).</summary>
    private static IEnumerable<string> Literals(string where)
    {
        foreach (var match in System.Text.RegularExpressions.Regex.Matches(where, "\"([^\"]{3,})\"|\\b(\\d{3,}(\\.\\d+)?)\\b").Cast<System.Text.RegularExpressions.Match>())
        {
            yield return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        }
    }

    /// <summary>The statement without the recorded parameter values.</summary>
    private static string SqlText(string recorded) =>
        string.Join('\n', recorded.Split('\n').Where(line => !line.StartsWith("-- ", StringComparison.Ordinal)));
}
