using Graph.Persistence.Migrations;
using Npgsql;

namespace Graph.Server.Webhooks;

/// <summary>
/// Holds the webhook loops back until the database carries every migration of this build: they start with the host,
/// beside the startup migration (and outside Development an operator migrates later), and their tables come with it.
/// </summary>
public sealed class WebhookStartGate(MigrationRunner migrations, ILogger<WebhookStartGate> logger)
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
                logger.LogInformation("Webhook delivery waits until the database is migrated");
                told = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }
}
