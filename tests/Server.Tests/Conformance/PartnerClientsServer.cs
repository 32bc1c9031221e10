using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Graph.Testing.Processes;

namespace Graph.Server.Tests.Conformance;

/// <summary>
/// The built server as a child process over a migrated database seeded with the demo data (its accounts are what the
/// partner clients of tests/Conformance/Clients sign in as). Webhook URLs may be on loopback (the clients register one
/// and never receive on it: delivery is off).
/// </summary>
public sealed class PartnerClientsServer : IAsyncLifetime
{
    private TestPostgres _postgres = null!;
    private string _database = "";
    private ServerWorkingDirectory _directory = null!;
    private GraphServerProcess _server = null!;

    public static string ClientsDirectory => RepositoryRoot.Combine("tests", "Conformance", "Clients");

    public string Endpoint => _server.Url + "/graphql";

    public async Task InitializeAsync()
    {
        _postgres = await TestPostgres.GetAsync();
        _database = await _postgres.CreateMigratedDatabaseAsync();
        _directory = new ServerWorkingDirectory();
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Graph"] = _postgres.ConnectionStringFor(_database),
            ["Identity__SigningKey"] = Auth.AuthTestHost.SigningKey,
            ["RateLimits__Enabled"] = "false",
            ["Webhooks__AllowPrivateNetworks"] = "true",
            ["Webhooks__DeliveryEnabled"] = "false",
        };
        var seeded = await GraphServerProcess.RunAsync(_directory.Path, ["seed", "--demo"], environment);
        if (seeded.ExitCode != 0)
            throw new InvalidOperationException("seed --demo failed:\n" + seeded.Output);
        _server = GraphServerProcess.Serve(_directory.Path, environment);
        await _server.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _directory.DisposeAsync();
        await _postgres.DropDatabaseAsync(_database);
    }

    /// <summary>Runs <c>node tests/Conformance/Clients/&lt;script&gt; args…</c>.</summary>
    public static Task<(int ExitCode, string Output)> RunNodeAsync(string script, params string[] arguments) =>
        ConformanceServer.RunNodeInAsync(ClientsDirectory, script, arguments);
}

[CollectionDefinition(Name)]
public sealed class PartnerClientsCollection : ICollectionFixture<PartnerClientsServer>
{
    public const string Name = "Partner clients";
}
