using System.CommandLine;

namespace Graph.Server.Cli;

/// <summary>
/// <c>export-schema [path]</c>: writes the GraphQL schema as SDL. Without a path it writes the repository's
/// <c>schema.graphql</c> (found by walking up to Graph.sln, since <c>dotnet run --project src/Server</c> runs in
/// src/Server), or <c>schema.graphql</c> in the current directory outside a checkout.
/// </summary>
internal static class ExportSchemaVerb
{
    public static Command Create(GraphComposition composition)
    {
        var path = new Argument<string>("path")
        {
            Description = "Where to write the SDL (default: schema.graphql at the repository root).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = GraphCommandLine.Verb("export-schema", "Write the GraphQL schema (SDL) to a file.");
        command.Arguments.Add(path);
        command.SetAction((parse, _) => ToolHost.RunAsync(composition, GraphCommandLine.HostArguments(parse), startDatabase: false, async (services, cancellationToken) =>
        {
            if (services.GetService<ISchemaDocumentSource>() is not { } schema)
            {
                await Console.Error.WriteLineAsync("error: no GraphQL schema is registered (no ISchemaDocumentSource service), so there is nothing to export.");
                return 1;
            }

            var target = Path.GetFullPath(parse.GetValue(path) ?? DefaultPath());
            var sdl = schema.PrintSchema().ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, sdl, cancellationToken);
            Console.WriteLine($"Wrote the schema to {target}");
            return 0;
        }));
        return command;
    }

    internal static string DefaultPath()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
                return Path.Combine(directory.FullName, "schema.graphql");
        }

        return "schema.graphql";
    }
}
