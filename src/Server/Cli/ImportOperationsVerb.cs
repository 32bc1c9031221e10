using System.CommandLine;
using System.Text.Json;
using Graph.Server.Execution;

namespace Graph.Server.Cli;

/// <summary>
/// <c>import-operations &lt;manifest.json&gt;</c>: registers the documents of an Apollo or Relay manifest as trusted
/// (<see cref="OperationManifest"/>), the ones <c>GraphQL:PersistedOperations:Mode=AllowList</c> runs.
/// </summary>
internal static class ImportOperationsVerb
{
    public static Command Create(GraphComposition composition)
    {
        var path = new Argument<string>("manifest") { Description = "An Apollo persisted query manifest or a Relay persisted queries file (JSON)." };
        var command = GraphCommandLine.Verb("import-operations", "Register a client's persisted operations (the allow-list).");
        command.Arguments.Add(path);
        command.SetAction((parse, _) => ToolHost.RunAsync(composition, GraphCommandLine.HostArguments(parse), startDatabase: true, async (services, cancellationToken) =>
        {
            IReadOnlyList<(string Id, string Document)> operations;
            try
            {
                operations = OperationManifest.Parse(await File.ReadAllTextAsync(parse.GetValue(path)!, cancellationToken));
            }
            catch (Exception exception) when (exception is IOException or JsonException or FormatException)
            {
                await Console.Error.WriteLineAsync($"error: {exception.Message}");
                return 1;
            }

            var store = services.GetRequiredService<PersistedOperationStore>();
            var added = 0;
            foreach (var (id, document) in operations)
            {
                if (await store.StoreAsync(id, document, registered: true, cancellationToken))
                    added++;
            }

            Console.WriteLine($"Registered {added} of {operations.Count} operation(s); the others were registered already.");
            return 0;
        }));
        return command;
    }
}
