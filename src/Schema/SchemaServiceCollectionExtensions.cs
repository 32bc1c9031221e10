using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Schema.Authorization;
using Graph.Schema.Composition;
using Graph.Schema.Identity.Auth;
using Graph.Schema.Relay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// The platform's schema: one <see cref="GraphSchema"/> singleton composed from every registered
    /// <see cref="ISchemaModule"/>, with the Relay infrastructure (<c>Node</c>, <c>node</c>, <c>nodes</c>, global IDs)
    /// and the <see cref="AccessPolicy"/> the modules declare.
    /// </summary>
    public static IServiceCollection AddGraphSchema(this IServiceCollection services)
    {
        services.AddSchemaModule<RelaySchemaModule>();
        services.TryAddSingleton<NodeResolverRegistry>();
        services.TryAddSingleton<AccessPolicy>();
        services.TryAddSingleton<IAuthorizationHandler, PolicyAuthorizationHandler>();
        services.TryAddSingleton(provider => GraphSchemaComposer.Compose(
            provider.GetServices<ISchemaModule>(), provider.GetRequiredService<NodeResolverRegistry>(), provider.GetRequiredService<AccessPolicy>()));
        return services;
    }

    /// <summary>
    /// Every module of the platform: the public <see cref="ISchemaModule"/>s of this assembly, found by reflection, so
    /// adding a module edits no list. Webhook settings are <see cref="Webhooks.WebhookOptions"/>, upload settings
    /// <see cref="Uploads.UploadOptions"/> (the server binds both).
    /// </summary>
    public static IServiceCollection AddGraphModules(this IServiceCollection services)
    {
        services.AddOptions<Webhooks.WebhookOptions>();
        services.TryAddSingleton<Webhooks.WebhookDocuments>();
        services.AddOptions<Care.QuestionnaireIntakeOptions>();
        services.TryAddSingleton<Care.QuestionnaireRateLimiter>();
        services.AddOptions<Uploads.UploadOptions>();
        services.TryAddSingleton<Uploads.FileStorage>();
        var modules = typeof(SchemaServiceCollectionExtensions).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISchemaModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var module in modules)
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(ISchemaModule), module));
        return services;
    }

    /// <summary>Adds a module's part of the schema (once, however often it is called).</summary>
    public static IServiceCollection AddSchemaModule<TModule>(this IServiceCollection services)
        where TModule : class, ISchemaModule
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchemaModule, TModule>());
        return services;
    }
}
