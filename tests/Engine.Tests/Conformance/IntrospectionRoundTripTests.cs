using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// Our introspection, read back by graphql-js (<c>printSchema(buildClientSchema(ours))</c>), must print exactly
/// what our SchemaPrinter prints; and our SchemaPrinter must print what graphql-js prints for the same SDL.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    [Fact]
    public async Task Graphql_js_prints_our_introspection_as_we_print_the_schema()
    {
        var schema = EngineRunner.Schema();
        var document = Parser.Parse(File.ReadAllText(ConformancePaths.File("introspection-query.graphql")));
        Assert.Empty(DocumentValidator.Validate(schema, document));

        var result = await Executor.ExecuteRequestAsync(schema, document);
        Assert.True(result.Errors is null || result.Errors.Count == 0, string.Join("\n", result.Errors?.Select(e => e.Message) ?? []));

        var theirs = Oracle.PrintClientSchema(ExecutionResultWriter.ToJson(result));
        AssertSameText(theirs, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void We_print_the_conformance_schema_as_graphql_js_does()
    {
        var theirs = Oracle.Verdicts["schemaSdl"]!.GetValue<string>();
        AssertSameText(theirs, SchemaPrinter.Print(SchemaBuilder.FromSdl(Parser.Parse(File.ReadAllText(ConformancePaths.File("schema.graphql"))), FixtureResolvers.GraphqlJsBuildOptions())));
    }

    /// <summary>Fails at the first differing line, with its neighbours, instead of two pages of SDL.</summary>
    private static void AssertSameText(string theirs, string ours)
    {
        if (theirs == ours)
        {
            return;
        }

        var theirLines = theirs.Split('\n');
        var ourLines = ours.Split('\n');
        var line = 0;
        while (line < theirLines.Length && line < ourLines.Length && theirLines[line] == ourLines[line])
        {
            line++;
        }

        string Around(string[] lines) => string.Join("\n", lines.Skip(Math.Max(0, line - 3)).Take(7));
        Assert.Fail($"printed schemas differ at line {line + 1}\n--- ours:\n{Around(ourLines)}\n--- graphql-js:\n{Around(theirLines)}");
    }
}
