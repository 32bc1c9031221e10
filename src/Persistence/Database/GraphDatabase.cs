using Graph.Persistence.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Persistence.Database;

/// <summary>The one database the application talks to: <c>ConnectionStrings:Graph</c> when set, used as is;
/// otherwise the embedded cluster, which this service starts (once) and stops.</summary>
public sealed class GraphDatabase : IAsyncDisposable, IDisposable
{
    public const string ConnectionStringName = "Graph";

    private readonly string? _configured;
    private readonly Lock _gate = new();
    private Task? _starting;

    public GraphDatabase(IConfiguration configuration, IOptions<EmbeddedPostgresOptions> embeddedOptions, ILogger<EmbeddedPostgresCluster> logger)
    {
        _configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(_configured))
        {
            _configured = null;
            Embedded = new EmbeddedPostgresCluster(embeddedOptions.Value, logger);
        }
    }

    public bool IsEmbedded => Embedded is not null;

    public EmbeddedPostgresCluster? Embedded { get; }

    /// <summary>The effective connection string; for the embedded cluster only once started.</summary>
    public string ConnectionString => _configured ?? Embedded!.ConnectionString;

    /// <summary>Starts the embedded cluster; later calls share the first call's work.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Embedded is null)
            return Task.CompletedTask;
        lock (_gate)
            return _starting ??= Embedded.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        Task? started;
        lock (_gate)
        {
            started = _starting;
            _starting = null;
        }

        if (started is null)
            return;
        try
        {
            await started;
        }
        catch (EmbeddedPostgresException)
        {
            return; // a failed start already cleaned up after itself
        }

        await Embedded!.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public void Dispose() => StopAsync().GetAwaiter().GetResult();
}
