using System.CommandLine;
using Graph.Persistence.Seeding;
using Spectre.Console;

namespace Graph.Server.Cli;

/// <summary><c>seed --demo</c> or <c>seed --scale &lt;rows&gt;</c>: runs the registered seeders of that mode.</summary>
internal static class SeedVerb
{
    public static Command Create(GraphComposition composition)
    {
        var demo = new Option<bool>("--demo") { Description = "Seed the demo accounts and data." };
        var scale = new Option<int?>("--scale") { Description = "Seed about this many rows per main table, for load tests." };
        var command = GraphCommandLine.Verb("seed", "Fill the database through the registered seeders.");
        command.Options.Add(demo);
        command.Options.Add(scale);
        command.Validators.Add(result =>
        {
            var hasDemo = result.GetValue(demo);
            var rows = result.GetValue(scale);
            if (hasDemo == rows.HasValue)
                result.AddError("Give exactly one of --demo or --scale <rows>.");
            else if (rows is <= 0)
                result.AddError("--scale needs a positive number of rows.");
        });

        command.SetAction((parse, _) => ToolHost.RunAsync(composition, GraphCommandLine.HostArguments(parse), startDatabase: true, async (services, cancellationToken) =>
        {
            var request = parse.GetValue(scale) is { } rows ? new SeedRequest(SeedMode.Scale, rows) : new SeedRequest(SeedMode.Demo);
            var flag = request.Mode == SeedMode.Demo ? "--demo" : $"--scale {request.Rows}";
            var runner = services.GetRequiredService<SeedRunner>();
            if (runner.SeedersFor(request.Mode).Count == 0)
            {
                Console.WriteLine($"Ran 0 seeders for {flag}: none is registered.");
                return 0;
            }

            var ran = await AnsiConsole.Progress().StartAsync(progress => runner.RunAsync(
                request,
                seeder =>
                {
                    var task = progress.AddTask(seeder.Name, maxValue: 1);
                    return new Progress<double>(fraction => task.Value = fraction);
                },
                cancellationToken));
            Console.WriteLine($"Ran {ran.Count} seeder(s) for {flag}: {string.Join(", ", ran.Select(s => s.Name))}");
            return 0;
        }));
        return command;
    }
}
