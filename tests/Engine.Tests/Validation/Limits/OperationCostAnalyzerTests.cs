using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Validation.Limits;

/// <summary>The static cost of operations over a schema that carries <c>@cost</c>/<c>@listSize</c> as the platform's does.</summary>
public sealed class OperationCostAnalyzerTests
{
    private static readonly GraphSchema Schema = SchemaBuilder.FromSdl("""
        directive @cost(weight: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | OBJECT
        directive @listSize(assumedSize: Int, slicingArguments: [String!], slicingArgumentDefaultValue: Int, sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION

        type Query {
          books(first: Int, last: Int, where: String @cost(weight: "5")): BookConnection
            @listSize(assumedSize: 100, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
            @cost(weight: "10")
          top(limit: Int): [Book!]! @listSize(slicingArguments: ["limit"])
          tags: [Tag!]!
          book: Book @cost(weight: "10")
        }

        type Mutation { renameBook(title: String!): Book @cost(weight: "10") }

        type BookConnection { edges: [BookEdge!]! nodes: [Book!]! totalCount: Int! }
        type BookEdge { node: Book! cursor: String! }
        type Tag { label: String! }

        type Book {
          title: String!
          author: Author
        }

        type Author {
          name: String!
          books(first: Int, last: Int): BookConnection
            @listSize(assumedSize: 100, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
            @cost(weight: "10")
        }
        """);

    private static CostAnalysis Analyze(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var parsed = Parser.Parse(document);
        return OperationCostAnalyzer.Analyze(Schema, parsed, parsed.Definitions.OfType<OperationDefinitionNode>().First(), variables);
    }

    [Fact]
    public void A_connection_multiplies_what_its_edges_and_nodes_select_by_its_page_size()
    {
        // books 10 + edges (1 + 50 × (node 1 + author 1)) = 111; objects: the root, the connection, 50 edges of a book and its author.
        var cost = Analyze("{ books(first: 50) { edges { node { title author { name } } } } }");
        Assert.Empty(cost.Errors);
        Assert.Equal(new CostMetrics(111, 1 + 1 + (50 * 3)), cost.Metrics);
    }

    [Fact]
    public void The_page_size_comes_from_the_variables_else_the_variables_default_else_the_fields_default_page()
    {
        const string Document = "query($n: Int) { books(first: $n) { nodes { author { name } } } }";
        Assert.Equal(10 + 1 + (40 * 1), Analyze(Document, new Dictionary<string, object?> { ["n"] = 40L }).Metrics.FieldCost);
        Assert.Equal(10 + 1 + (10 * 1), Analyze(Document).Metrics.FieldCost);
        Assert.Equal(10 + 1 + (20 * 1), Analyze("query($n: Int = 20) { books(last: $n) { nodes { author { name } } } }").Metrics.FieldCost);
    }

    [Fact]
    public void Nested_connections_multiply_and_an_argument_with_a_weight_adds_it()
    {
        // books 10 + where 5 + nodes (1 + 10 × (author 1 + books 10 + nodes (1 + 10 × 0))).
        var cost = Analyze("{ books(where: \"x\") { nodes { author { books { nodes { title } } } } } }");
        Assert.Equal(10 + 5 + 1 + (10 * (1 + 10 + 1)), cost.Metrics.FieldCost);
    }

    [Fact]
    public void A_cycle_nested_eight_levels_costs_what_it_would_load_without_walking_it_all()
    {
        var inner = "title";
        for (var level = 0; level < 8; level++)
            inner = $"books {{ nodes {{ author {{ {inner} }} }} }}";
        var cost = Analyze("{ " + inner + " }").Metrics;
        Assert.True(cost.FieldCost > 1e8, cost.ToString());
        Assert.True(cost.TypeCost > 1e8, cost.ToString());

        // Through fragments spread ten times per level, measured once per fragment.
        var fragments = string.Join("\n", Enumerable.Range(0, 6).Select(level =>
            $"fragment F{level} on Book {{ {string.Join(" ", Enumerable.Range(0, 10).Select(i => level == 5 ? $"t{i}: title" : $"a{i}: author {{ books {{ nodes {{ ...F{level + 1} }} }} }}"))} }}"));
        Assert.True(Analyze("{ book { ...F0 } }\n" + fragments).Metrics.FieldCost > 1e10);
    }

    [Fact]
    public void A_required_slicing_argument_missing_or_doubled_is_an_error_with_hotchocolates_code()
    {
        Assert.Empty(Analyze("{ top(limit: 5) { title } }").Errors);
        Assert.Equal(1 + (5 * 0), Analyze("{ top(limit: 5) { title } }").Metrics.FieldCost);
        var error = Assert.Single(Analyze("{ top { title } }").Errors);
        Assert.Equal(OperationCostAnalyzer.OneSlicingArgumentRequiredCode, error.Extensions!["code"]);
    }

    [Fact]
    public void A_list_without_list_size_counts_the_default_length_and_mutation_fields_weigh_their_cost()
    {
        Assert.Equal(1 + (OperationCostAnalyzer.DefaultListSize * 0), Analyze("{ tags { label } }").Metrics.FieldCost);
        Assert.Equal(1 + OperationCostAnalyzer.DefaultListSize, Analyze("{ tags { label } }").Metrics.TypeCost);
        Assert.Equal(10 + 1, Analyze("mutation { renameBook(title: \"x\") { author { name } } }").Metrics.FieldCost);
    }

    [Fact]
    public void Introspection_fields_cost_nothing_here()
    {
        Assert.Equal(new CostMetrics(0, 1), Analyze("{ __typename __schema { types { name } } }").Metrics);
    }
}
