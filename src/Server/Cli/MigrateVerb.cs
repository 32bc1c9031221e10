using System.CommandLine;
using Graph.Persistence.Migrations;

namespace Graph.Server.Cli;

/// <summary><c>migrate</c>: applies every pending migration.</summary>
internal static class MigrateVerb
{
    public static Command Create(GraphComposition composition)
    {
        var command = GraphCommandLine.Verb("migrate", "Apply every pending database migration.");
        command.SetAction((parse, _) => ToolHost.RunAsync(composition, GraphCommandLine.HostArguments(parse), startDatabase: true, async (services, cancellationToken) =>
        {
            var applied = await services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? "Nothing to migrate: the database already has every migration."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied.Select(m => m.FileName))}");
            return 0;
        }));
        return command;
    }
}
