using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.Persistence.Migrations;

/// <summary>
/// Holds background work (the webhook loops, the scheduled jobs) back until the database carries every migration of
/// this build: it starts with the host, beside the startup migration (and outside Development an operator migrates
/// later), and its tables come with it. One poll serves every waiter; the log says once that they wait.
/// </summary>
public sealed class MigratedGate(MigrationRunner migrations, ILogger<MigratedGate> logger)
{
    private readonly Lock _lock = new();
    private Task? _migrated;

    public Task WaitUntilMigratedAsync(CancellationToken stoppingToken)
    {
        lock (_lock)
            return _migrated ??= PollAsync(stoppingToken);
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var told = false;
        while (true)
        {
            try
            {
                if ((await migrations.GetStatusAsync(stoppingToken)).IsCurrent)
                    return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // Not reachable yet: asked again below.
            }

            if (!told)
            {
                logger.LogInformation("Background work (webhook delivery, scheduled jobs) waits until the database is migrated");
                told = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }
}
