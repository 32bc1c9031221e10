using Graph.Engine.Authorization;
using Graph.Schema.Composition;
using Graph.Schema.Identity.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Schema.Authorization;

public static class AccessPolicyServiceCollectionExtensions
{
    /// <summary>Guards the schema as <paramref name="policy"/> says: its <c>@authorize</c>s and the policies its conditions need.</summary>
    public static IServiceCollection AddGraphAccessPolicy(this IServiceCollection services, AccessPolicy policy)
    {
        services.AddSingleton<ISchemaModule>(new AccessPolicySchemaModule(policy));
        services.TryAddSingleton<IAuthorizationHandler, PolicyAuthorizationHandler>();
        foreach (var rule in policy.Rules.Where(r => r.PolicyName is not null))
            services.AddSingleton(new GraphAuthorizationPolicy(rule.PolicyName!, (_, context, _) => AccessConditions.HoldsAsync(rule, context), context => AccessConditions.Rows(rule, context)));
        return services;
    }

    private sealed class AccessPolicySchemaModule(AccessPolicy policy) : ISchemaModule
    {
        public void Configure(SchemaModuleBuilder module) => module.AddAccessPolicy(policy);
    }
}
