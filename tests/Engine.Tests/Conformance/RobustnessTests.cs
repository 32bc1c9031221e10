using System.Diagnostics;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Validation;
using Xunit.Abstractions;

namespace Graph.Engine.Tests.Conformance;

/// <summary>
/// Hostile input must end in a GraphQL error or a result: never another exception, a stack overflow (which
/// would end this process) or a hang.
/// </summary>
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Limits high enough that huge documents reach validation and execution.</summary>
    private static readonly ParserOptions Generous = new() { MaxLength = 16_000_000, MaxTokens = 4_000_000 };

    [Fact]
    public async Task Deeply_nested_documents_end_in_a_clean_error()
    {
        var failures = new List<string>();
        foreach (var (name, document) in RobustnessDocuments.Deep())
        {
            await SurviveAsync(name, document, ParserOptions.Default, failures);
            await SurviveAsync(name + " (generous limits)", document, Generous, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Huge_documents_end_in_a_clean_error_or_result()
    {
        var failures = new List<string>();
        foreach (var (name, document) in RobustnessDocuments.Huge())
        {
            await SurviveAsync(name, document, ParserOptions.Default, failures);
            await SurviveAsync(name + " (generous limits)", document, Generous, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Mutated_corpus_documents_end_in_a_clean_error_or_result()
    {
        var failures = new List<string>();
        foreach (var (name, document) in RobustnessDocuments.Mutated(400))
        {
            await SurviveAsync(name, document, ParserOptions.Default, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task SurviveAsync(string name, string document, ParserOptions options, List<string> failures)
    {
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => RunAsync(document, options));
        if (await Task.WhenAny(run, Task.Delay(Limit)) != run)
        {
            failures.Add($"[{name}] did not finish within {Limit.TotalSeconds} s");
            return;
        }

        try
        {
            var outcome = await run;
            output.WriteLine($"{name}: {outcome} ({clock.ElapsedMilliseconds} ms)");
        }
        catch (Exception exception)
        {
            failures.Add($"[{name}] {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}");
        }
    }

    /// <summary>Parse, validate, execute; GraphQL errors are the clean ends, any other exception escapes.</summary>
    private static async Task<string> RunAsync(string source, ParserOptions options)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source, options);
        }
        catch (GraphQLException exception)
        {
            return "syntax error: " + Shorten(exception.Message);
        }

        var schema = EngineRunner.Schema();
        var errors = DocumentValidator.Validate(schema, document);
        if (errors.Count > 0)
        {
            return $"{errors.Count} validation errors, first: {Shorten(errors[0].Message)}";
        }

        var rootValue = document.Definitions.OfType<OperationDefinitionNode>().FirstOrDefault()?.Operation == OperationType.Mutation
            ? (object)FixtureData.NewMutationRoot()
            : FixtureData.Query;
        var result = await Executor.ExecuteRequestAsync(schema, document, options: new ExecutionOptions { RootValue = rootValue, Timeout = TimeSpan.FromSeconds(20) });
        var json = ExecutionResultWriter.ToJson(result);
        return $"result of {json.Length} characters, {result.Errors?.Count ?? 0} errors";
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
