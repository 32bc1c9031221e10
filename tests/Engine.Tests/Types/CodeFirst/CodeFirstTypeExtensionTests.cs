using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types.CodeFirst;

public sealed class CodeFirstTypeExtensionTests
{
    public sealed class Query
    {
        public string Hello() => "world";
    }

    public sealed class Book
    {
        public string Title { get; init; } = "";
    }

    [ExtendObjectType(OperationTypeNames.Query)]
    public sealed class BookQueries
    {
        public Book Book() => new() { Title = "Dune" };

        public static int Answer() => 42;
    }

    [ExtendObjectType("Book")]
    public sealed class BookExtensions
    {
        public int TitleLength([Parent] Book book) => book.Title.Length;
    }

    [ExtendObjectType(OperationTypeNames.Query)]
    public sealed class ClashingQueries
    {
        public string Hello() => "again";
    }

    [ExtendObjectType("Nowhere")]
    public sealed class StrayExtension
    {
        public int Field() => 1;
    }

    public sealed class Unmarked
    {
        public int Field() => 1;
    }

    [Fact]
    public async Task Extensions_add_fields_to_root_and_object_types_after_their_own()
    {
        var schema = new SchemaBuilder()
            .AddQueryType<Query>()
            .AddTypeExtension<BookQueries>()
            .AddTypeExtension<BookExtensions>()
            .Build();

        Assert.Equal(["hello", "book", "answer"], schema.QueryType!.Fields.Select(f => f.Name));
        Assert.Equal(["title", "titleLength"], ((ObjectType)schema.GetType("Book")!).Fields.Select(f => f.Name));

        var result = await GraphQLExecutor.ExecuteAsync(schema, new ExecutionRequest("{ hello answer book { title titleLength } }"));
        Assert.Equal(
            """{"data":{"hello":"world","answer":42,"book":{"title":"Dune","titleLength":4}}}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void A_field_defined_twice_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<Query>().AddTypeExtension<ClashingQueries>().Build());
        Assert.Contains("\"Query.hello\"", error.Message);
    }

    [Fact]
    public void An_extension_of_an_unknown_type_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddQueryType<Query>().AddTypeExtension<StrayExtension>().Build());
        Assert.Contains("\"Nowhere\", which is not a type of this schema", error.Message);
    }

    [Fact]
    public void A_class_without_the_attribute_is_refused()
    {
        var error = Assert.Throws<SchemaException>(() => new SchemaBuilder().AddTypeExtension<Unmarked>());
        Assert.Contains("[ExtendObjectType", error.Message);
    }
}
