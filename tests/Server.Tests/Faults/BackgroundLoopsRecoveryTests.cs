using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Persistence.Outbox;
using Graph.Schema.StatusChanges;
using Graph.Schema.Programs;
using Graph.Server.Tests.Auth;
using Graph.Server.Tests.Testing;
using Graph.Server.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Faults;

/// <summary>
/// The background loops (the outbox listener, the webhook deriver and delivery workers, the OVERDUE job) through a
/// PostgreSQL restart on a cluster of the test's own: while it is down they fail, log warnings and wait longer after each
/// failure (backoff), none ends or takes the host down, and once it is back each runs again by itself. The time until
/// every loop ran again goes to the test output.
/// </summary>
public sealed partial class BackgroundLoopsRecoveryTests(OwnCluster database, ITestOutputHelper output) : IClassFixture<OwnCluster>
{
    [Fact]
    public async Task Background_loops_back_off_while_the_database_is_down_and_run_again_by_themselves()
    {
        await using var host = await AuthTestHost.StartAsync(
            database.ConnectionString,
            settings: new Dictionary<string, string?>
            {
                ["Webhooks:PollInterval"] = "00:00:00.100",
                ["Overdue:Interval"] = "00:00:02",
                ["Overdue:RetryDelay"] = "00:00:00.100",
                ["Subscriptions:MinReconnectDelay"] = "00:00:00.100",
                ["Subscriptions:MaxReconnectDelay"] = "00:00:02",
            },
            services: services => services.AddGraphWebhooks().AddOverdueJob());
        var deriver = host.Services.GetRequiredService<WebhookEventDeriver>();
        var worker = host.Services.GetRequiredService<WebhookDeliveryWorker>();
        var overdue = host.Services.GetServices<IHostedService>().OfType<OverdueJobService>().Single();
        var outbox = host.Services.GetRequiredService<OutboxDeliveryService>();
        var within = TimeSpan.FromSeconds(30);
        await outbox.Ready.WaitAsync(within);
        await Conditions.WaitUntilAsync(() => deriver.SuccessfulRuns > 0 && worker.SuccessfulRuns > 0 && overdue.SuccessfulRuns > 0, within, "every loop to run once");

        await database.Cluster.StopAsync();
        await Conditions.WaitUntilAsync(
            () => Delays(host, "Marking what is overdue failed").Count >= 3 && Delays(host, nameof(WebhookEventDeriver)).Count >= 3 && Delays(host, nameof(WebhookDeliveryWorker)).Count >= 3,
            within,
            "the loops to fail three times");
        Assert.True(deriver.Failing && worker.Failing);
        var delays = Delays(host, "Marking what is overdue failed");
        AssertGrowing(delays);
        AssertGrowing(Delays(host, nameof(WebhookEventDeriver)));
        var runs = (Deriver: deriver.SuccessfulRuns, Worker: worker.SuccessfulRuns, Overdue: overdue.SuccessfulRuns);
        var connections = outbox.ListenerConnections;

        await database.Cluster.StartAsync();
        var up = Stopwatch.StartNew();
        await Conditions.WaitUntilAsync(
            () => !deriver.Failing && !worker.Failing && deriver.SuccessfulRuns > runs.Deriver && worker.SuccessfulRuns > runs.Worker
                && overdue.SuccessfulRuns > runs.Overdue && outbox.ListenerConnections > connections,
            within,
            "every loop to run again");
        up.Stop();

        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error && e.Category.StartsWith("Graph.", StringComparison.Ordinal));
        output.WriteLine($"waits of the OVERDUE job while down: {string.Join(", ", delays)} ms; every loop ran again {up.ElapsedMilliseconds} ms after the database accepted connections");
    }

    private static void AssertGrowing(List<int> delays) =>
        Assert.True(delays[1] > delays[0] && delays[2] > delays[1], $"waits between failed runs did not grow: {string.Join(", ", delays)} ms");

    private static List<int> Delays(AuthTestHost host, string message) =>
        [.. host.Logs.Entries
            .Where(e => e.Message.StartsWith(message, StringComparison.Ordinal))
            .Select(e => int.Parse(RetryDelay().Match(e.Message).Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"retrying in (\d+) ms")]
    private static partial Regex RetryDelay();
}
