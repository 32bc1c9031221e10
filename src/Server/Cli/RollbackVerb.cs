using System.CommandLine;
using Graph.Persistence.Migrations;

namespace Graph.Server.Cli;

/// <summary><c>rollback --to N</c>: undoes every applied migration above version N, newest first.</summary>
internal static class RollbackVerb
{
    public static Command Create(GraphComposition composition)
    {
        var to = new Option<int>("--to")
        {
            Description = "The version to keep; every migration above it is rolled back (0 rolls back all).",
            Required = true,
        };
        to.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--to must be 0 or a migration version.");
        });

        var command = GraphCommandLine.Verb("rollback", "Roll back migrations above a version.");
        command.Options.Add(to);
        command.SetAction((parse, _) => ToolHost.RunAsync(composition, GraphCommandLine.HostArguments(parse), startDatabase: true, async (services, cancellationToken) =>
        {
            var target = parse.GetValue(to);
            var rolledBack = await services.GetRequiredService<MigrationRunner>().RollbackAsync(target, cancellationToken);
            Console.WriteLine(rolledBack.Count == 0
                ? $"Nothing to roll back: no migration above {target} is applied."
                : $"Rolled back {rolledBack.Count} migration(s): {string.Join(", ", rolledBack.Select(m => m.FileName))}");
            return 0;
        }));
        return command;
    }
}
