using Graph.Persistence.Embedded;
using Graph.Persistence.Migrations;
using Npgsql;

namespace Graph.Server.Cli;

/// <summary>Turns the failures an operator can act on into one clear line and exit code 1, not a stack trace.</summary>
internal static class VerbErrors
{
    public static async Task<int> ReportAsync(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception e) when (e is EmbeddedPostgresException or MigrationException or NpgsqlException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }
}
