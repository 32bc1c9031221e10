using System.Linq.Expressions;
using Graph.Engine.Data;
using Graph.Engine.Data.Expressions;
using Graph.Engine.Data.Filtering;

namespace Graph.Engine.Tests.Data.Filtering;

/// <summary>The filter expression builder, without a database: predicates, parameters, null handling.</summary>
public sealed class FilterExpressionBuilderTests
{
    [Theory]
    [InlineData("title", "eq", "Map", new[] { 8 })]
    [InlineData("title", "ieq", "map", new[] { 8 })]
    [InlineData("title", "icontains", "WIZARD", new[] { 1 })]
    [InlineData("title", "istartsWith", "the ", new[] { 2, 3 })]
    [InlineData("title", "iendsWith", "CITIES", new[] { 4 })]
    [InlineData("subtitle", "icontains", "100%", new[] { 6 })]
    [InlineData("subtitle", "icontains", "0%", new[] { 6 })]
    [InlineData("subtitle", "icontains", "e_f", new[] { 6 })]
    [InlineData("subtitle", "icontains", "e%f", new int[0])]
    [InlineData("subtitle", "ncontains", "i", new[] { 1, 3, 5, 7, 8 })]
    public void String_operators_match_like_the_database(string field, string operation, string value, int[] expected)
    {
        var ids = Filter(new() { [field] = new Dictionary<string, object?> { [operation] = value } });

        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Values_become_parameters_not_constants()
    {
        var lambda = Build(new()
        {
            ["title"] = new Dictionary<string, object?> { ["eq"] = "secret-title", ["icontains"] = "needle" },
            ["pages"] = new Dictionary<string, object?> { ["gt"] = 12345, ["in"] = new List<object?> { 777, 888 } },
            ["published"] = new Dictionary<string, object?> { ["lt"] = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) },
        })!;

        var constants = Collect<ConstantExpression>(lambda);
        Assert.DoesNotContain(constants, c => c.Value is string or int or DateTime or DateTimeOffset or List<int>);
        var boxes = constants.Where(c => c.Type.IsGenericType && c.Type.GetGenericTypeDefinition() == typeof(ParameterBox<>)).ToList();
        Assert.Equal(5, boxes.Count);
        Assert.All(Collect<MemberExpression>(lambda).Where(m => m.Expression is ConstantExpression), m => Assert.Equal("Value", m.Member.Name));
    }

    [Fact]
    public void Date_time_values_are_compared_as_utc_instants()
    {
        var ids = Filter(new() { ["published"] = new Dictionary<string, object?> { ["gte"] = new DateTimeOffset(1975, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)) } });

        Assert.Equal([4, 5, 6, 7, 8], ids);
    }

    [Fact]
    public void Comparisons_never_match_null_and_their_negations_always_do()
    {
        Assert.Equal([1, 4, 8], Filter(new() { ["rating"] = new Dictionary<string, object?> { ["gt"] = 4 } }));
        Assert.Equal([2, 3, 5, 6, 7], Filter(new() { ["rating"] = new Dictionary<string, object?> { ["ngt"] = 4 } }));
        Assert.Equal([3, 6], Filter(new() { ["rating"] = new Dictionary<string, object?> { ["eq"] = null } }));
        Assert.Equal([1, 2, 4, 5, 7, 8], Filter(new() { ["rating"] = new Dictionary<string, object?> { ["neq"] = null } }));
    }

    [Fact]
    public void And_or_nested_objects_and_lists_combine()
    {
        var ids = Filter(new()
        {
            ["or"] = new List<object?>
            {
                new Dictionary<string, object?> { ["author"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = "Wisława" } } },
                new Dictionary<string, object?> { ["reviews"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["stars"] = new Dictionary<string, object?> { ["gte"] = 4 } } } },
            },
            ["genre"] = new Dictionary<string, object?> { ["nin"] = new List<object?> { Genre.Science } },
        });

        var expected = Library.Books
            .Where(b => (b.Author!.Name == "Wisława" || b.Reviews.Any(r => r.Stars >= 4)) && b.Genre != Genre.Science)
            .Select(b => b.Id);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void List_operators_all_none_any()
    {
        Assert.Equal(
            Library.Books.Where(b => b.Reviews.All(r => r.Stars >= 3)).Select(b => b.Id),
            Filter(new() { ["reviews"] = new Dictionary<string, object?> { ["all"] = new Dictionary<string, object?> { ["stars"] = new Dictionary<string, object?> { ["gte"] = 3 } } } }));
        Assert.Equal(
            Library.Books.Where(b => !b.Reviews.Any(r => r.Stars >= 3)).Select(b => b.Id),
            Filter(new() { ["reviews"] = new Dictionary<string, object?> { ["none"] = new Dictionary<string, object?> { ["stars"] = new Dictionary<string, object?> { ["gte"] = 3 } } } }));
        Assert.Equal(
            Library.Books.Where(b => b.Reviews.Count == 0).Select(b => b.Id),
            Filter(new() { ["reviews"] = new Dictionary<string, object?> { ["any"] = false } }));
    }

    [Fact]
    public void An_empty_filter_filters_nothing()
    {
        Assert.Null(Build([]));
        Assert.Null(Build(new() { ["or"] = new List<object?> { new Dictionary<string, object?>(), new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["eq"] = 1 } } } }));
    }

    [Fact]
    public void Null_for_an_operator_that_needs_a_value_is_HC0026()
    {
        var error = Assert.Throws<GraphQLException>(() => Build(new() { ["pages"] = new Dictionary<string, object?> { ["lt"] = null } }));

        Assert.Equal("The provided value for filter `lt` of type IntOperationFilterInput is invalid. Null values are not supported.", error.Message);
        Assert.Equal("HC0026", error.Errors[0].Code);
    }

    [Theory]
    [InlineData("100%", @"%100\%%")]
    [InlineData(@"a_b\c", @"%a\_b\\c%")]
    public void Like_patterns_escape_wildcards(string value, string pattern)
    {
        Assert.Equal(pattern, LikePattern.Contains(value));
        Assert.True(DataFunctions.ILike("X" + value.ToUpperInvariant() + "Y", pattern));
        Assert.False(DataFunctions.ILike("X" + value.Replace("%", "5", StringComparison.Ordinal).Replace("_", "-", StringComparison.Ordinal) + "Y", pattern));
    }

    private static List<int> Filter(Dictionary<string, object?> where)
    {
        var lambda = (Expression<Func<Book, bool>>?)Build(where);
        var books = Library.Books.AsQueryable();
        return (lambda is null ? books : books.Where(lambda)).Select(b => b.Id).ToList();
    }

    private static LambdaExpression? Build(Dictionary<string, object?> where)
    {
        var field = Graph.Engine.Data.DataField.Of(DataHarness.Schema.QueryType!.GetField("books")!)!;
        return FilterExpressionBuilder.Build(field.Filter!, where, new FilterOperationContext(QueryableProvider.Default));
    }

    private static List<T> Collect<T>(Expression expression)
        where T : Expression
    {
        var found = new List<T>();
        new Collector<T>(found).Visit(expression);
        return found;
    }

    private sealed class Collector<T>(List<T> found) : ExpressionVisitor
        where T : Expression
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is T match)
            {
                found.Add(match);
            }

            return base.Visit(node);
        }
    }
}
