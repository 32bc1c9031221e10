using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Execution;

/// <summary>
/// Runs every case of Oracle/cases.json and compares the response JSON, byte for byte, with what graphql-js
/// 17 produced for the same schema, document, root value and variables (Oracle/oracle.mjs writes "expected").
/// </summary>
public sealed class ExecutionOracleTests
{
    private static readonly Lazy<JsonDocument> Fixture = new(() => JsonDocument.Parse(File.ReadAllText(FixturePath())));
    private static readonly Dictionary<string, GraphSchema> Schemas = [];

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var testCase in Fixture.Value.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(testCase.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task MatchesGraphQLJs(string name)
    {
        var testCase = Fixture.Value.RootElement.GetProperty("cases").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
        var schema = GetSchema(testCase.GetProperty("schema").GetString()!);
        var root = testCase.TryGetProperty("root", out var rootJson) ? ExecutionHarness.Fixture(rootJson) : new Dictionary<string, object?>();
        var variables = testCase.TryGetProperty("variables", out var variablesJson)
            ? (IReadOnlyDictionary<string, object?>)Graph.Engine.Execution.JsonValues.FromJsonElement(variablesJson)!
            : null;
        var operationName = testCase.TryGetProperty("operationName", out var op) ? op.GetString() : null;

        var actual = await ExecutionHarness.RunAsync(schema, testCase.GetProperty("query").GetString()!, root, variables, operationName);

        Assert.Equal(testCase.GetProperty("expected").GetString(), actual);
    }

    private static GraphSchema GetSchema(string name)
    {
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(name, out var schema))
            {
                schema = ExecutionHarness.Schema(Fixture.Value.RootElement.GetProperty("schemas").GetProperty(name).GetString()!);
                ExecutionHarness.AttachEcho(schema);
                Schemas[name] = schema;
            }

            return schema;
        }
    }

    private static string FixturePath([CallerFilePath] string sourceFile = "")
    {
        var nextToSource = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Oracle", "cases.json");
        if (File.Exists(nextToSource))
        {
            return nextToSource;
        }

        // Builds with mapped source paths: walk up from the test binaries to the repository.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Engine.Tests", "Execution", "Oracle", "cases.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Oracle/cases.json not found.", nextToSource);
    }
}
