using Graph.Engine.Subscriptions;
using Graph.Persistence.Outbox;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Server.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>
    /// The realtime transports' services, the topic bus (<see cref="ITopicEventSender"/> and
    /// <see cref="ITopicEventReceiver"/>) and the event outbox feeding it (<see cref="IEventOutbox"/>), all
    /// configured from the <c>Subscriptions</c> section. Needs <c>AddGraphPersistence</c> and <c>AddGraphServer</c>:
    /// operations run through the same <see cref="Execution.GraphQLRequestExecutor"/> as HTTP (same schema, rules and error masking).
    /// </summary>
    public static IServiceCollection AddGraphRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RealtimeOptions>(configuration.GetSection(RealtimeOptions.SectionName));
        services.AddGraphEventOutbox(configuration);
        // A subscriber that falls behind is ended (and its client told), never silently skipped.
        services.TryAddSingleton(static sp => new InMemoryTopicEventBus(
            sp.GetRequiredService<IOptions<RealtimeOptions>>().Value.SubscriberBufferCapacity, TopicOverflowPolicy.EndSubscriber));
        services.TryAddSingleton<ITopicEventSender>(static sp => sp.GetRequiredService<InMemoryTopicEventBus>());
        services.TryAddSingleton<ITopicEventReceiver>(static sp => sp.GetRequiredService<InMemoryTopicEventBus>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxEventSink, OutboxTopicPublisher>());
        services.TryAddSingleton<IConnectionAuthenticator, AnonymousConnectionAuthenticator>();
        services.TryAddSingleton<RealtimeExecutor>();
        services.TryAddSingleton<EventStreamReservations>();
        services.TryAddSingleton<RealtimeServices>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, RealtimeMatcherPolicy>());
        return services;
    }
}
