using Graph.Bench.Subscriptions;
using Graph.Persistence.Embedded;

// dotnet run -c Release --project bench/Subscriptions -- [subscribers=10000] [events=5]
// Uses ConnectionStrings__Graph when set, else a throwaway embedded PostgreSQL cluster.
if (args is ["server", ..])
    return await BenchServer.RunAsync(Environment.GetEnvironmentVariable("ConnectionStrings__Graph")!);

var subscribers = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var events = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Graph");
if (!string.IsNullOrEmpty(configured))
    return await BenchClient.RunAsync(configured, subscribers, events);

var cluster = new EmbeddedPostgresCluster(new EmbeddedPostgresOptions
{
    DataDirectory = Path.Combine(Path.GetTempPath(), "graph-bench-subscriptions", Guid.NewGuid().ToString("N")[..8]),
    Durable = false,
});
await cluster.StartAsync();
try
{
    return await BenchClient.RunAsync(cluster.ConnectionString, subscribers, events);
}
finally
{
    await cluster.StopAsync();
    try
    {
        Directory.Delete(cluster.RootDirectory, recursive: true);
    }
    catch (IOException)
    {
    }
}
