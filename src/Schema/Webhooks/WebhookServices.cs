using Graph.Engine.Subscriptions;

namespace Graph.Schema.Webhooks;

/// <summary>A scope's services with the topic bus replaced by a <see cref="SingleEventReceiver"/>.</summary>
internal sealed class WebhookServices(IServiceProvider scope, SingleEventReceiver receiver) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(ITopicEventReceiver) ? receiver : scope.GetService(serviceType);
}
