using System.Linq.Expressions;
using System.Text.Json;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Paging;
using Graph.Engine.Data.Sorting;

namespace Graph.Engine.Tests.Data.Paging;

/// <summary>Keyset predicates and cursors, checked over in-memory rows with nulls sorted either way.</summary>
public sealed class KeysetPagingTests
{
    private sealed record Row(int Id, int? A, string? B);

    private static readonly List<Row> Rows =
    [
        new(1, 3, "x"), new(2, null, "y"), new(3, 1, null), new(4, 3, null), new(5, null, null),
        new(6, 2, "x"), new(7, 1, "z"), new(8, null, "x"), new(9, 3, "y"), new(10, 2, null),
    ];

    public static TheoryData<bool, bool, bool> Orders => new()
    {
        { false, false, false }, { false, true, false }, { false, false, true }, { false, true, true },
        { true, false, false }, { true, true, false }, { true, false, true }, { true, true, true },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void After_and_before_select_exactly_the_rows_beyond_the_cursor_row(bool nullsLast, bool aDescending, bool bDescending)
    {
        var keys = new List<SortKey>
        {
            new(new MemberPath([typeof(Row).GetProperty(nameof(Row.A))!]), aDescending),
            new(new MemberPath([typeof(Row).GetProperty(nameof(Row.B))!]), bDescending),
            new(new MemberPath([typeof(Row).GetProperty(nameof(Row.Id))!]), false),
        };
        var ordered = Rows.Order(new RowComparer(keys, nullsLast)).ToList();

        for (var i = 0; i < ordered.Count; i++)
        {
            var values = keys.Select(k => k.Path.Read(ordered[i])).ToArray();
            var after = (Func<Row, bool>)KeysetPredicateBuilder.Build(typeof(Row), keys, values, after: true, new Provider(nullsLast)).Compile();
            var before = (Func<Row, bool>)KeysetPredicateBuilder.Build(typeof(Row), keys, values, after: false, new Provider(nullsLast)).Compile();

            Assert.Equal(ordered.Skip(i + 1), ordered.Where(after));
            Assert.Equal(ordered.Take(i), ordered.Where(before));
        }
    }

    private sealed record Pair(int Id, int Group);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Keys_that_run_one_way_and_cannot_be_null_are_one_row_value_comparison_selecting_the_same_rows(bool descending)
    {
        var pairs = Enumerable.Range(1, 12).Select(i => new Pair(i, i % 4)).ToList();
        var keys = new List<SortKey>
        {
            new(new MemberPath([typeof(Pair).GetProperty(nameof(Pair.Group))!]), descending),
            new(new MemberPath([typeof(Pair).GetProperty(nameof(Pair.Id))!]), descending),
        };
        var ordered = descending ? pairs.OrderByDescending(p => p.Group).ThenByDescending(p => p.Id).ToList() : pairs.OrderBy(p => p.Group).ThenBy(p => p.Id).ToList();
        var provider = new RowValueProvider();

        for (var i = 0; i < ordered.Count; i++)
        {
            object?[] values = [ordered[i].Group, ordered[i].Id];
            var after = KeysetPredicateBuilder.Build(typeof(Pair), keys, values, after: true, provider);
            var before = KeysetPredicateBuilder.Build(typeof(Pair), keys, values, after: false, provider);

            Assert.Equal(ordered.Skip(i + 1), ordered.Where((Func<Pair, bool>)after.Compile()));
            Assert.Equal(ordered.Take(i), ordered.Where((Func<Pair, bool>)before.Compile()));
            Assert.IsAssignableFrom<MethodCallExpression>(after.Body);
        }

        Assert.True(provider.Calls > 0);
    }

    /// <summary>Nulls placed as the database under test places them.</summary>
    private sealed class Provider(bool nullsLast) : Graph.Engine.Data.QueryableProvider
    {
        public override bool NullsSortLast => nullsLast;
    }

    /// <summary>Compares row values in memory, as PostgreSQL does: element by element, the first difference decides.</summary>
    private sealed class RowValueProvider : Graph.Engine.Data.QueryableProvider
    {
        public int Calls { get; private set; }

        public override Expression? RowComparison(
            IReadOnlyList<Expression> left, IReadOnlyList<Expression> right, bool greater)
        {
            Calls++;
            static Expression Row(IReadOnlyList<Expression> items) =>
                Expression.NewArrayInit(typeof(IComparable), items.Select(i => Expression.Convert(i, typeof(IComparable))));
            return Expression.Call(typeof(RowValueProvider).GetMethod(nameof(Compare))!, Row(left), Row(right), Expression.Constant(greater));
        }

        public static bool Compare(IComparable[] left, IComparable[] right, bool greater)
        {
            var order = left.Zip(right, (l, r) => l.CompareTo(r)).FirstOrDefault(c => c != 0);
            return greater ? order > 0 : order < 0;
        }
    }

    [Fact]
    public void Cursors_round_trip_every_key_type()
    {
        object?[] values = [1, 2L, "a\"b", 1.5m, 2.25, true, Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateOnly(2020, 1, 2), Genre.Poetry, null];
        Type[] types = [typeof(int), typeof(long), typeof(string), typeof(decimal), typeof(double), typeof(bool), typeof(Guid), typeof(DateTime), typeof(DateOnly), typeof(Genre), typeof(int?)];

        var cursor = CursorSerializer.Serialize(values);

        Assert.True(CursorSerializer.TryDeserialize(cursor, types, out var read));
        Assert.Equal(values, read);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)read[7]!).Kind);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("e30=")]
    [InlineData("WzEsMl0=")]
    [InlineData("WyJ4Il0=")]
    [InlineData("W251bGxd")]
    public void Cursors_of_another_shape_are_refused(string cursor)
    {
        Assert.False(CursorSerializer.TryDeserialize(cursor, [typeof(int)], out _));
    }

    [Fact]
    public async Task Paging_through_a_nullable_sort_forward_and_backward_sees_every_row_once()
    {
        var expected = Library.Books.OrderBy(b => b.Rating).ThenBy(b => b.Id).Select(b => b.Id).ToList();
        var forward = new List<int>();
        string? after = null;
        do
        {
            var page = await PageAsync($"first: 3, order: [{{ rating: ASC }}]{(after is null ? "" : $", after: \"{after}\"")}");
            forward.AddRange(page.Ids);
            after = page.HasNext ? page.End : null;
        }
        while (after is not null);

        var backward = new List<int>();
        string? before = null;
        do
        {
            var page = await PageAsync($"last: 3, order: [{{ rating: ASC }}]{(before is null ? "" : $", before: \"{before}\"")}");
            backward.InsertRange(0, page.Ids);
            before = page.HasPrevious ? page.Start : null;
        }
        while (before is not null);

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    private static async Task<(List<int> Ids, bool HasNext, bool HasPrevious, string? Start, string? End)> PageAsync(string arguments)
    {
        var json = await DataHarness.RunAsync($"{{ books({arguments}) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}");
        var books = JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("books");
        var info = books.GetProperty("pageInfo");
        return (
            books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList(),
            info.GetProperty("hasNextPage").GetBoolean(),
            info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").GetString(),
            info.GetProperty("endCursor").GetString());
    }

    /// <summary>The order a database gives: null largest (nullsLast) or smallest, per key direction.</summary>
    private sealed class RowComparer(List<SortKey> keys, bool nullsLast) : IComparer<Row>
    {
        public int Compare(Row? x, Row? y)
        {
            foreach (var key in keys)
            {
                var a = key.Path.Read(x!);
                var b = key.Path.Read(y!);
                var result = a is null && b is null ? 0
                    : a is null ? (nullsLast ? 1 : -1)
                    : b is null ? (nullsLast ? -1 : 1)
                    : a is string sa ? string.CompareOrdinal(sa, (string)b) : Comparer<object>.Default.Compare(a, b);
                if (result != 0)
                {
                    return key.Descending ? -result : result;
                }
            }

            return 0;
        }
    }
}
