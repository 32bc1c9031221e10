using Graph.Engine.Types;
using Graph.Schema.Authorization;
using Graph.Schema.Composition;
using Graph.Schema.Relay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// The platform's schema: one <see cref="GraphSchema"/> singleton composed from every registered
    /// <see cref="ISchemaModule"/>, with the Relay infrastructure (<c>Node</c>, <c>node</c>, <c>nodes</c>, global IDs).
    /// </summary>
    public static IServiceCollection AddGraphSchema(this IServiceCollection services)
    {
        services.AddSchemaModule<RelaySchemaModule>();
        services.TryAddSingleton<NodeResolverRegistry>();
        services.TryAddSingleton(provider => GraphSchemaComposer.Compose(
            provider.GetServices<ISchemaModule>(), provider.GetRequiredService<NodeResolverRegistry>()));
        return services;
    }

    /// <summary>
    /// The core graph's modules: Identity, Diagnostics, Crm, Programs and Webhooks, guarded by <see cref="CoreGraphAccess"/>.
    /// Webhook settings are <see cref="Webhooks.WebhookOptions"/> (the server binds them to its configuration).
    /// </summary>
    public static IServiceCollection AddGraphModules(this IServiceCollection services)
    {
        services.AddOptions<Webhooks.WebhookOptions>();
        services.TryAddSingleton<Webhooks.WebhookDocuments>();
        return services
            .AddGraphAccessPolicy(CoreGraphAccess.Policy)
            .AddSchemaModule<Identity.IdentitySchemaModule>()
            .AddSchemaModule<Diagnostics.DiagnosticsSchemaModule>()
            .AddSchemaModule<Crm.CrmSchemaModule>()
            .AddSchemaModule<Programs.ProgramsSchemaModule>()
            .AddSchemaModule<Webhooks.WebhooksSchemaModule>();
    }

    /// <summary>Adds a module's part of the schema (once, however often it is called).</summary>
    public static IServiceCollection AddSchemaModule<TModule>(this IServiceCollection services)
        where TModule : class, ISchemaModule
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchemaModule, TModule>());
        return services;
    }
}
