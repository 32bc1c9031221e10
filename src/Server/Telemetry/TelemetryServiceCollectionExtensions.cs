using Graph.Engine.Execution;
using Graph.Persistence.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Graph.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The configuration key that turns the OpenTelemetry SDK on without an OTLP endpoint (tests, a collector
    /// added in code).</summary>
    public const string EnabledKey = "Telemetry:Enabled";

    /// <summary>The server's instruments (<see cref="GraphTelemetry"/>), for every host of the GraphQL endpoint.</summary>
    internal static IServiceCollection AddGraphInstruments(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(provider => new GraphTelemetry(
            provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), provider.GetService<WebhookDeliveryQueue>() is { } queue ? queue.Backlog : null));
        return services;
    }

    /// <summary>
    /// The OpenTelemetry SDK when asked for: <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
    /// set (the OTLP exporter then reads every standard <c>OTEL_*</c> variable: protocol, headers, service name) or
    /// <c>Telemetry:Enabled</c> true. Traces: HTTP server requests, the GraphQL operation with its parse, validate and
    /// execute spans (resolver spans with <c>GraphQL:TraceResolvers</c>), Npgsql statements, webhook deliveries and
    /// outbox fan-out; metrics: the server's and ASP.NET Core's. Off by default: nothing is collected or sent.
    /// </summary>
    public static IServiceCollection AddGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!otlp && !configuration.GetValue<bool>(EnabledKey))
            return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "graph"))
            .WithTracing(tracing => tracing
                .AddSource(GraphTelemetry.Name, EngineActivities.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(GraphTelemetry.Name)
                .AddAspNetCoreInstrumentation());
        if (otlp)
            telemetry.UseOtlpExporter();
        return services;
    }
}
