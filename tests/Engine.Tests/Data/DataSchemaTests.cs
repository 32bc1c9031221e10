using Graph.Engine.Data;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Data;

/// <summary>The generated types and arguments carry HotChocolate's names and shapes.</summary>
public sealed class DataSchemaTests
{
    private static readonly string Sdl = SchemaPrinter.Print(DataHarness.Schema);

    [Theory]
    [InlineData(""""
        type Query {
          books(
            """Returns the first _n_ elements from the list."""
            first: Int

            """Returns the elements in the list that come after the specified cursor."""
            after: String

            """Returns the last _n_ elements from the list."""
            last: Int

            """
            Returns the elements in the list that come before the specified cursor.
            """
            before: String
            where: BookFilterInput
            order: [BookSortInput!]
          ): BooksConnection
          authors(skip: Int, take: Int, where: AuthorFilterInput, order: [AuthorSortInput!]): AuthorsCollectionSegment
          bookList(where: BookFilterInput, order: [BookSortInput!]): [Book!]!
        }
        """")]
    [InlineData(""""
        """A connection to a list of items."""
        type BooksConnection {
          """Information to aid in pagination."""
          pageInfo: PageInfo!

          """A list of edges."""
          edges: [BooksEdge!]

          """A flattened list of the nodes."""
          nodes: [Book!]

          """Identifies the total count of items in the connection."""
          totalCount: Int!

          """
          Aggregates over all items the filter selects (not only this page), computed in one query.
          """
          aggregate: BookAggregate!

          """
          The items the filter selects (not only this page) grouped by the values of up to 4 fields, with each group's aggregates, in one query, ordered by the keys (nulls last). At most `first` groups (100 by default, at most 1000).
          """
          groups(
            """The fields to group by, in the order the groups are sorted by."""
            by: [BookGroupByInput!]!

            """The number of groups to return at most."""
            first: Int
          ): [BookGroup!]!
        }
        """")]
    [InlineData(""""
        """An edge in a connection."""
        type BooksEdge {
          """A cursor for use in pagination."""
          cursor: String!

          """The item at the end of the edge."""
          node: Book!
        }
        """")]
    [InlineData(""""
        """Information about pagination in a connection."""
        type PageInfo {
          """
          Indicates whether more edges exist following the set defined by the clients arguments.
          """
          hasNextPage: Boolean!

          """
          Indicates whether more edges exist prior the set defined by the clients arguments.
          """
          hasPreviousPage: Boolean!

          """When paginating backwards, the cursor to continue."""
          startCursor: String

          """When paginating forwards, the cursor to continue."""
          endCursor: String
        }
        """")]
    [InlineData(""""
        input StringOperationFilterInput {
          and: [StringOperationFilterInput!]
          or: [StringOperationFilterInput!]
          eq: String
          neq: String
          contains: String
          ncontains: String
          in: [String]
          nin: [String]
          startsWith: String
          nstartsWith: String
          endsWith: String
          nendsWith: String
          ieq: String
          icontains: String
          istartsWith: String
          iendsWith: String
        }
        """")]
    [InlineData(""""
        input IntOperationFilterInput {
          eq: Int
          neq: Int
          in: [Int]
          nin: [Int]
          gt: Int
          ngt: Int
          gte: Int
          ngte: Int
          lt: Int
          nlt: Int
          lte: Int
          nlte: Int
        }
        """")]
    [InlineData(""""
        input GenreOperationFilterInput {
          eq: Genre
          neq: Genre
          in: [Genre!]
          nin: [Genre!]
        }
        """")]
    [InlineData(""""
        input BooleanOperationFilterInput {
          eq: Boolean
          neq: Boolean
        }
        """")]
    [InlineData(""""
        input ListFilterInputTypeOfReviewFilterInput {
          all: ReviewFilterInput
          none: ReviewFilterInput
          some: ReviewFilterInput
          any: Boolean
        }
        """")]
    [InlineData(""""
        input AuthorSortInput {
          id: SortEnumType
          name: SortEnumType
          born: SortEnumType
        }
        """")]
    [InlineData(""""
        enum SortEnumType {
          ASC
          DESC
        }
        """")]
    [InlineData(""""
        """Information about the offset pagination."""
        type CollectionSegmentInfo {
          """
          Indicates whether more items exist following the set defined by the clients arguments.
          """
          hasNextPage: Boolean!

          """
          Indicates whether more items exist prior the set defined by the clients arguments.
          """
          hasPreviousPage: Boolean!
        }
        """")]
    [InlineData(""""
        type BookMinAggregate {
          pages: Int
          rating: Int
          sold: Long
          price: Decimal
          weight: Float
          published: DateTime
          authorId: Int
        }
        """")]
    public void Generated_types_have_HotChocolate_s_shapes(string definition)
    {
        Assert.Contains(definition.ReplaceLineEndings("\n"), Sdl);
    }

    [Fact]
    public void Every_scalar_gets_its_operation_filter_input()
    {
        foreach (var name in new[] { "LongOperationFilterInput", "DecimalOperationFilterInput", "FloatOperationFilterInput", "DateTimeOperationFilterInput", "DateOperationFilterInput", "UuidOperationFilterInput" })
        {
            Assert.Contains($"input {name} {{\n  eq: ", Sdl);
        }
    }

    [Fact]
    public void Fields_configured_by_coordinate_need_no_attribute_and_settings_are_per_field()
    {
        var schema = new SchemaBuilder()
            .AddQueryType<PlainQuery>()
            .AddData(o =>
            {
                o.MaxPageSize = 20;
                o.Field("PlainQuery.books", f => f.Sorting = false);
            })
            .Build();
        var books = schema.QueryType!.GetField("books")!;

        Assert.Equal("BooksConnection", books.Type.GetNamedType().Name);
        Assert.Null(books.GetArgument("order"));
        Assert.NotNull(books.GetArgument("where"));
        Assert.Equal(20, DataField.Of(books)!.MaxPageSize);
        Assert.Equal(10, DataField.Of(books)!.DefaultPageSize);
    }

    [Fact]
    public async Task The_page_size_limits_apply_per_field()
    {
        var schema = new SchemaBuilder().AddQueryType<LimitedQuery>().AddData().Build();

        var json = await DataHarness.RunAsync("{ a: books(first: 4) { nodes { id } } b: books { nodes { id } } }", schema: schema);

        Assert.Contains("\"maxAllowedItems\":3", json);
        Assert.Contains("\"b\":{\"nodes\":[{\"id\":1},{\"id\":2}]}", json);
    }

    public sealed class PlainQuery
    {
        public IQueryable<Book> GetBooks() => Library.Books.AsQueryable();
    }

    public sealed class LimitedQuery
    {
        [UseConnection(MaxPageSize = 3, DefaultPageSize = 2)]
        public IQueryable<Book> GetBooks() => Library.Books.AsQueryable();
    }
}
