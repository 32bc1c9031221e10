using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Graph.Engine.Tests.Conformance;

/// <summary>Runs <c>node tests/Conformance/oracle.mjs</c> (graphql-js) and keeps its verdicts for the test run.</summary>
internal static class Oracle
{
    private static readonly Lazy<JsonObject> VerdictsValue = new(() => (JsonObject)JsonNode.Parse(Run(["oracle.mjs"]))!);

    /// <summary>graphql-js's verdicts: <c>{ graphqlVersion, introspectionQuery, schemaSdl, categories: { name: [verdict] } }</c>.</summary>
    public static JsonObject Verdicts => VerdictsValue.Value;

    public static IReadOnlyList<JsonObject> Category(string category) =>
        ((JsonArray)Verdicts["categories"]![category]!).Select(v => (JsonObject)v!).ToList();

    /// <summary>printSchema(buildClientSchema(introspection)) for an introspection result (JSON text).</summary>
    public static string PrintClientSchema(string introspectionJson)
    {
        var file = Path.Combine(Path.GetTempPath(), $"graph-introspection-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(file, introspectionJson);
        try
        {
            return Run(["oracle.mjs", "print-schema", file]);
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }

    private static string Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ConformancePaths.ConformanceDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException("oracle.mjs did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout;
    }
}
