using System.Text.Json.Nodes;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;

namespace Graph.Engine.Tests.Conformance;

/// <summary>Runs one corpus document through our parser, validator and executor, giving a verdict in the oracle's shape.</summary>
internal static class EngineRunner
{
    private static readonly Dictionary<string, GraphSchema> Schemas = [];

    /// <summary>
    /// graphql-js 17's parse defaults: empty selection sets parse (graphql-spec PR #1227); our parser keeps them
    /// off by default, as the spec's grammar has it, so the comparison turns them on.
    /// </summary>
    public static ParserOptions GraphqlJsParserOptions { get; } = new() { AllowEmptySelectionSets = true };

    /// <summary>The conformance schema (or schema-&lt;key&gt;.graphql) built by SchemaBuilder.FromSdl with the fixture resolvers.</summary>
    public static GraphSchema Schema(string? key = null)
    {
        lock (Schemas)
        {
            var file = key is null ? "schema.graphql" : $"schema-{key}.graphql";
            if (!Schemas.TryGetValue(file, out var schema))
            {
                schema = FixtureResolvers.BuildSchema(file);
                Schemas[file] = schema;
            }

            return schema;
        }
    }

    public static async Task<JsonObject> RunAsync(CorpusEntry entry)
    {
        var schema = Schema(entry.Schema);
        var verdict = new JsonObject { ["name"] = entry.Name };
        DocumentNode document;
        try
        {
            document = Parser.Parse(entry.Document, GraphqlJsParserOptions);
            verdict["parse"] = new JsonObject { ["ok"] = true };
            verdict["printed"] = Printer.Print(document);
        }
        catch (GraphQLException exception)
        {
            var error = exception.Errors[0];
            var parse = new JsonObject { ["ok"] = false, ["message"] = error.Message };
            if (error.Locations.Count > 0)
            {
                parse["locations"] = ResultJson.Locations(error.Locations);
            }

            verdict["parse"] = parse;
            return verdict;
        }

        var errors = DocumentValidator.Validate(schema, document);
        var validation = new JsonArray();
        foreach (var error in errors)
        {
            validation.Add(ResultJson.Error(error));
        }

        verdict["validation"] = validation;
        if (errors.Count > 0)
        {
            return verdict;
        }

        verdict["execution"] = await ConformanceExecutor.ExecuteAsync(schema, document, entry);
        return verdict;
    }
}
