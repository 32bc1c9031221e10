using System.Diagnostics;
using System.Text.Json;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Persistence.Outbox;
using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Graph.Server.Execution;
using Graph.Server.Realtime;
using Graph.Server.Telemetry;
using Graph.Server.Tests.Testing;
using Graph.Server.Webhooks;
using Graph.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Graph.Server.Tests.Telemetry;

/// <summary>OpenTelemetry as an operator sees it, read through the SDK's in-memory exporter. The SDK's listeners hear
/// every source and meter of the name in the process, so these tests run apart from the others (their spans, counts and
/// active subscriptions would mix in).</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task One_request_has_its_operation_span_with_parse_validate_execute_resolver_and_statement_spans_and_its_metrics()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var server = await GraphQLTestServer.StartAsync(
            settings: new Dictionary<string, string?> { [TelemetryServiceCollectionExtensions.EnabledKey] = "true", ["GraphQL:TraceResolvers"] = "true" },
            connectionString: database.ConnectionString,
            platformModules: true,
            configure: (services, configuration) =>
            {
                services.TryAddSingleton<WebhookDeliveryQueue>();
                services.AddGraphTelemetry(configuration);
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });

        const string query = "query CheapTests { labTests(first: 2) { nodes { name } } }";
        using var response = await server.PostQueryAsync(query);
        Assert.Equal(200, (int)response.StatusCode);
        using var failing = await server.PostQueryAsync("query Broken { labTests(first: 2) { nodes { nope } } }");
        using var refused = await server.PostQueryAsync("query Nul($s: String) { labTests(first: 1, where: { name: { eq: $s } }) { nodes { name } } }", new { s = "a\0b" });

        // The HTTP server span ends after the response is written: wait for it, not for a time.
        var http = await WaitForAsync(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.TagObjects.Any(t => t.Value is "/graphql"));
        var operation = Single(spans, s => s.DisplayName == "query CheapTests");
        Assert.Equal(GraphTelemetry.Name, operation.Source.Name);
        Assert.Equal("CheapTests", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(OperationCache.ComputeHash(query), operation.GetTagItem("graphql.document.hash"));
        Assert.Equal(http.TraceId, operation.TraceId);

        var parse = Single(spans, s => s.DisplayName == "GraphQL Parse" && s.ParentSpanId == operation.SpanId);
        var validate = Single(spans, s => s.DisplayName == "GraphQL Validate" && s.ParentSpanId == operation.SpanId);
        var execute = Single(spans, s => s.DisplayName == "GraphQL Execute" && s.ParentSpanId == operation.SpanId);
        Assert.All([parse, validate, execute], s => Assert.Equal(EngineActivities.SourceName, s.Source.Name));
        Single(spans, s => s.DisplayName == "GraphQL Resolve" && s.ParentSpanId == execute.SpanId && s.GetTagItem("graphql.field.coordinate") is "Query.labTests");
        Assert.Contains(spans, s => s.Source.Name == "Npgsql" && s.TraceId == operation.TraceId && s.GetTagItem("db.query.text") is string text && text.Contains("lab_tests", StringComparison.Ordinal));

        var broken = Single(spans, s => s.DisplayName == "query Broken");
        Assert.Equal(ActivityStatusCode.Error, broken.Status);
        Assert.Equal(ActivityStatusCode.Error, Single(spans, s => s.DisplayName == "GraphQL Validate" && s.ParentSpanId == broken.SpanId).Status);

        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        var durations = Points(metrics, "graphql.operation.duration");
        Assert.Contains(durations, p => Tag(p, "graphql.operation.name") is "CheapTests" && Tag(p, "graphql.operation.type") is "query" && p.GetHistogramCount() == 1);
        Assert.Contains(Points(metrics, "graphql.errors"), p => Tag(p, "graphql.error.code") is NoNulCharactersRule.Code && p.GetSumLong() == 1);
        Assert.Contains(Points(metrics, "graphql.errors"), p => Tag(p, "graphql.error.code") is "NONE" && p.GetSumLong() == 1); // validation errors carry no code
        Assert.Contains(Points(metrics, "graph.webhooks.queue.depth"), p => p.GetGaugeLastValueLong() == 0);
        Assert.NotEmpty(Points(metrics, "http.server.request.duration"));
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_or_the_setting_no_telemetry_is_collected()
    {
        await using var server = await GraphQLTestServer.StartAsync(configure: (services, configuration) => services.AddGraphTelemetry(configuration));

        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.Null(server.Services.GetService<MeterProvider>());
        Assert.NotNull(server.Services.GetService<GraphTelemetry>());
    }

    [Fact]
    public async Task An_otlp_endpoint_in_the_standard_variable_turns_tracing_and_metrics_on()
    {
        await using var server = await GraphQLTestServer.StartAsync(
            settings: new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318", ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf" },
            configure: (services, configuration) => services.AddGraphTelemetry(configuration));

        Assert.NotNull(server.Services.GetService<TracerProvider>());
        Assert.NotNull(server.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task Webhook_deliveries_outbox_fan_out_and_active_subscriptions_are_traced_and_counted()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(GraphTelemetry.Name).AddInMemoryExporter(spans).Build();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(GraphTelemetry.Name).AddInMemoryExporter(metrics).Build();
        await using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var telemetry = new GraphTelemetry(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

        using var sender = new WebhookSender(Options.Create(new WebhookOptions { AllowPrivateNetworks = false }), TimeProvider.System);
        var delivery = new DueDelivery(
            Guid.CreateVersion7(), Guid.CreateVersion7(), """{"data":{}}""", 2, DateTimeOffset.UtcNow, "http://127.0.0.1:9/hook", WebhookSecret.Generate(), null, null);
        var refused = await sender.SendAsync(delivery, CancellationToken.None);
        // Each span picked by what only it carries.
        var deliverySpan = Single(spans, s => s.DisplayName == "Webhook Delivery" && Equals(s.GetTagItem("webhook.delivery.id"), delivery.Id));
        Assert.Equal(ActivityKind.Client, deliverySpan.Kind);
        Assert.Equal(ActivityStatusCode.Error, deliverySpan.Status);
        Assert.Equal(refused.Attempt.Error, deliverySpan.StatusDescription);
        Assert.Equal(delivery.Id, deliverySpan.GetTagItem("webhook.delivery.id"));
        Assert.Equal(3, deliverySpan.GetTagItem("webhook.delivery.attempt"));

        var bus = new InMemoryTopicEventBus();
        var sequence = Random.Shared.NextInt64(1L << 40, 1L << 50);
        await new OutboxTopicPublisher(bus).PublishAsync(
            new OutboxEvent(Guid.CreateVersion7(), sequence, "nodeChanged:Pet:1", JsonDocument.Parse("{}").RootElement, DateTimeOffset.UtcNow),
            CancellationToken.None);
        Single(spans, s => s.DisplayName == "Outbox Fan-out" && Equals(s.GetTagItem("outbox.sequence"), sequence));

        var events = System.Threading.Channels.Channel.CreateUnbounded<ExecutionResult>();
        await using var running = telemetry.CountActive(events.Reader.ReadAllAsync()).GetAsyncEnumerator();
        var next = running.MoveNextAsync();
        await events.Writer.WriteAsync(ExecutionResult.FromErrors([]));
        Assert.True(await next);
        Assert.Equal(1, Active());
        events.Writer.Complete();
        Assert.False(await running.MoveNextAsync());
        Assert.Equal(0, Active());

        long Active()
        {
            metrics.Clear();
            meters.ForceFlush();
            return Points(metrics, "graphql.subscriptions.active").Single().GetSumLong();
        }
    }

    private static Activity Single(List<Activity> spans, Func<Activity, bool> predicate)
    {
        lock (spans)
            return Assert.Single(spans, s => predicate(s));
    }

    private static async Task<Activity> WaitForAsync(List<Activity> spans, Func<Activity, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            lock (spans)
            {
                if (spans.FirstOrDefault(predicate) is { } span)
                    return span;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
                points.Add(point);
        }

        return points;
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
                return tag.Value;
        }

        return null;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (process-wide listeners)";
}
