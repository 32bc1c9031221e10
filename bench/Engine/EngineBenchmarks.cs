using BenchmarkDotNet.Attributes;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Engine.Validation;

namespace Graph.Engine.Benchmarks;

/// <summary>
/// Parse, validate and execute graphql-js's full introspection query (every option on) against the conformance
/// schema: the same work graphql-js.mjs measures for graphql-js, so run.sh can print the ratios.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private string _query = string.Empty;
    private GraphSchema _schema = null!;
    private DocumentNode _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var conformance = Path.Combine(FindRepositoryRoot(), "tests", "Conformance");
        // Like graphql-js's buildSchema, declared scalars stay custom.
        var sdl = File.ReadAllText(Path.Combine(conformance, "schema.graphql"));
        _schema = SchemaBuilder.FromSdl(Parser.Parse(sdl), new SchemaBuildOptions { BindExtendedScalars = false });
        _query = File.ReadAllText(Path.Combine(conformance, "introspection-query.graphql"));
        _document = Parser.Parse(_query);

        // A benchmark of a failing operation would measure the wrong thing.
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The introspection query does not validate: " + errors[0].Message);
        }

        var result = Execute();
        if (result.Errors is { Count: > 0 } || result.Data is null)
        {
            throw new InvalidOperationException("The introspection query does not execute cleanly.");
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_query);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    /// <summary>
    /// Like graphql-js's execute: nothing carried over between runs. Our executor keeps the collected-field
    /// plans of an operation node for reuse, so each run executes a shallow copy of the operation (a new node,
    /// the same selections), which misses that cache.
    /// </summary>
    [Benchmark]
    public ExecutionResult Execute()
    {
        var definitions = new DefinitionNode[_document.Definitions.Count];
        for (var i = 0; i < definitions.Length; i++)
        {
            definitions[i] = _document.Definitions[i] is OperationDefinitionNode operation ? operation with { } : _document.Definitions[i];
        }

        return Run(new DocumentNode(definitions));
    }

    /// <summary>The same document every time, as a server runs it from its operation cache: the plans are reused.</summary>
    [Benchmark]
    public ExecutionResult ExecuteCachedPlan() => Run(_document);

    private ExecutionResult Run(DocumentNode document)
    {
        var running = Executor.ExecuteRequestAsync(_schema, document);
        return running.IsCompletedSuccessfully ? running.Result : running.AsTask().GetAwaiter().GetResult();
    }

    private static string FindRepositoryRoot()
    {
        // BenchmarkDotNet runs the benchmarks from a generated project below bin/, so walk up to Graph.sln.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("No Graph.sln above " + AppContext.BaseDirectory);
    }
}
