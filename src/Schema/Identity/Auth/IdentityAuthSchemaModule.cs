using Graph.Engine.Authorization;
using Graph.Schema.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Schema.Identity.Auth;

/// <summary><c>login</c>, <c>refreshToken</c>, <c>logout</c> and <c>me</c>.</summary>
internal sealed class IdentityAuthSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddTypeExtension<AuthMutations>();
        module.AddTypeExtension<MeQueries>();
    }
}

public static class IdentityAuthServiceCollectionExtensions
{
    /// <summary>The sign-in services and schema fields; the host adds an <see cref="IAccessTokenIssuer"/>.</summary>
    public static IServiceCollection AddGraphIdentityAuth(this IServiceCollection services)
    {
        services.AddOptions<IdentityAuthOptions>().BindConfiguration(IdentityAuthOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RevokedTokenStore>();
        services.TryAddSingleton<AccountStateStore>();
        services.TryAddScoped<AuthService>();
        services.AddSchemaModule<IdentityAuthSchemaModule>();
        return services;
    }

    /// <summary>Registers a named policy for <c>@authorize(policy:)</c>.</summary>
    public static IServiceCollection AddGraphPolicy(this IServiceCollection services, string name, Func<System.Security.Claims.ClaimsPrincipal, Graph.Engine.Execution.IResolverContext, object?, bool> predicate) =>
        services.AddSingleton(new GraphAuthorizationPolicy(name, (user, context, value) => new(predicate(user, context, value))));
}
