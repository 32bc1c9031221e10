using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Realtime;

/// <summary>A database of its own plus one shared realtime host with default options, for a test class.</summary>
public sealed class RealtimeHostFixture : DatabaseFixture, IAsyncLifetime
{
    internal RealtimeTestHost Host { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host = await RealtimeTestHost.StartAsync(ConnectionString);
    }

    public new async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await base.DisposeAsync();
    }
}
