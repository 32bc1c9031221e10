using Microsoft.Extensions.Hosting;

namespace Graph.Persistence.Database;

/// <summary>Starts the database before any other hosted service (and before the server listens) and
/// stops it after all of them have stopped.</summary>
internal sealed class GraphDatabaseLifetime(GraphDatabase database) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => database.StartAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => database.StopAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
