using System.CommandLine;

namespace Graph.Server.Cli;

/// <summary>The verbs of the server executable; with no verb it serves.</summary>
public static class GraphCommandLine
{
    public static Task<int> InvokeAsync(string[] args, GraphComposition composition)
    {
        var root = new RootCommand("Graph: one GraphQL schema over one PostgreSQL database.")
        {
            // Tokens the verbs do not know (--urls, --environment, --ConnectionStrings:Graph=…) go to the host's configuration.
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, _) => ServeVerb.RunAsync(composition, HostArguments(parse)));
        root.Subcommands.Add(ServeVerb.Create(composition));
        root.Subcommands.Add(MigrateVerb.Create(composition));
        root.Subcommands.Add(RollbackVerb.Create(composition));
        root.Subcommands.Add(SeedVerb.Create(composition));
        root.Subcommands.Add(ExportSchemaVerb.Create(composition));
        root.Subcommands.Add(ImportOperationsVerb.Create(composition));

        // The host handles SIGINT/SIGTERM itself and needs more than System.CommandLine's grace period
        // to stop PostgreSQL, so System.CommandLine must not race it to exit.
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }

    /// <summary>appsettings.json sits beside the assembly, and `dotnet Graph.Server.dll` may run from any
    /// directory. Only the embedded cluster's data directory stays relative to the current directory.</summary>
    internal static string ContentRoot => AppContext.BaseDirectory;

    internal static string[] HostArguments(ParseResult parse) => [.. parse.UnmatchedTokens];

    internal static Command Verb(string name, string description) =>
        new(name, description) { TreatUnmatchedTokensAsErrors = false };
}
