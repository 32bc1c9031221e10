using Graph.Schema.Identity.Auth;
using Graph.Server.Realtime;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Graph.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (<c>login</c>, <c>refreshToken</c>, <c>logout</c>, <c>me</c>), JWT bearer authentication on HTTP and the
    /// realtime transports' authenticator. As in HotChocolate, a missing, invalid or revoked token leaves the caller
    /// anonymous: fields needing a user then fail with <c>AUTH_NOT_AUTHENTICATED</c>, the request itself is not refused.
    /// </summary>
    public static IServiceCollection AddGraphAuth(this IServiceCollection services)
    {
        services.AddGraphIdentityAuth();

        // The web host fails to start, not its first request, when the key is missing (Production) or too short;
        // the CLI verbs (migrate, seed) build no request pipeline and need no key.
        services.AddTransient<IStartupFilter, SigningKeyStartupFilter>();
        services.AddSingleton(provider => SigningKey.Resolve(
            provider.GetRequiredService<IOptions<IdentityAuthOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>(),
            provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<JwtTokenService>();
        services.AddSingleton<IAccessTokenIssuer>(provider => provider.GetRequiredService<JwtTokenService>());
        services.AddSingleton<IConnectionAuthenticator, JwtConnectionAuthenticator>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtTokenService, RevokedTokenStore>((options, tokens, revocations) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        var jti = context.Principal?.FindFirst(AuthClaims.TokenId)?.Value;
                        if (jti is null || await revocations.IsRevokedAsync(jti, context.HttpContext.RequestAborted))
                            context.Fail("The access token has been revoked.");
                    },
                };
            });
        return services;
    }
}

/// <summary>Resolves the signing key while the request pipeline is built, so a bad key stops the server at startup.</summary>
internal sealed class SigningKeyStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.ApplicationServices.GetRequiredService<SigningKey>();
        next(app);
    };
}
