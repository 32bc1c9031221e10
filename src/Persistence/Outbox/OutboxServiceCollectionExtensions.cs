using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Persistence.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The event outbox writer and its delivery service (options from the <c>Subscriptions</c> section).
    /// Consumers register an <see cref="IOutboxEventSink"/>. Needs <c>AddGraphPersistence</c>.
    /// </summary>
    public static IServiceCollection AddGraphEventOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventOutboxOptions>(configuration.GetSection(EventOutboxOptions.SectionName));
        services.TryAddSingleton<IEventOutbox, EventOutbox>();
        services.TryAddSingleton<OutboxDeliveryService>();
        services.AddHostedService(static sp => sp.GetRequiredService<OutboxDeliveryService>());
        return services;
    }
}
