using Graph.Persistence.Migrations;
using Graph.Persistence.Outbox;
using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Server.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Webhook delivery: the deriver turning outbox events into deliveries and the workers sending them, configured from
    /// the <c>Webhooks</c> section (<see cref="WebhookOptions"/>; private networks allowed by default in Development only).
    /// Needs <c>AddGraphRealtime</c> (the event outbox) and <c>AddGraphModules</c>.
    /// </summary>
    public static IServiceCollection AddGraphWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>()
            .Configure<IHostEnvironment>((options, environment) => options.AllowPrivateNetworks = environment.IsDevelopment())
            .BindConfiguration(WebhookOptions.SectionName)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Workers > 0 && o.BatchSize > 0 && o.DeriveBatchSize > 0, "Webhooks: Timeout, Workers, BatchSize and DeriveBatchSize must be positive.")
            .Validate(o => o.Jitter is >= 0 and < 1, "Webhooks:Jitter must be at least 0 and below 1.")
            .Validate(o => o.EffectiveRetrySchedule.All(wait => wait >= TimeSpan.Zero), "Webhooks:RetrySchedule's waits must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebhookSignals>();
        services.TryAddSingleton<WebhookEventDerivation>();
        services.TryAddSingleton<WebhookDeliveryQueue>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<WebhookEventDeriver>();
        services.TryAddSingleton<WebhookDeliveryWorker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxEventSink, WebhookEventSignal>());
        services.AddHostedService(static sp => sp.GetRequiredService<WebhookEventDeriver>());
        services.AddHostedService(static sp => sp.GetRequiredService<WebhookDeliveryWorker>());
        return services;
    }
}
