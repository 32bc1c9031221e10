using Graph.Schema.Identity.Auth;
using Graph.Server.Realtime;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Graph.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (<c>login</c>, <c>refreshToken</c>, <c>logout</c>, <c>me</c>), JWT bearer authentication on HTTP and the
    /// realtime transports' authenticator. No token leaves the caller anonymous (fields needing a user then fail with
    /// <c>AUTH_NOT_AUTHENTICATED</c>); a bearer token that fails (tampered, expired, revoked, or its account deactivated,
    /// locked or deleted) is refused with 401 (<see cref="InvalidTokenRefusal"/>), never answered as anonymous.
    /// </summary>
    public static IServiceCollection AddGraphAuth(this IServiceCollection services)
    {
        services.AddGraphIdentityAuth();

        // The web host fails to start, not its first request, when the key is missing (Production) or too short;
        // the CLI verbs (migrate, seed) build no request pipeline and need no key.
        services.AddTransient<IStartupFilter, SigningKeyStartupFilter>();
        services.AddTransient<IStartupFilter, InvalidTokenRefusal>();
        services.AddSingleton(provider => SigningKey.Resolve(
            provider.GetRequiredService<IOptions<IdentityAuthOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>(),
            provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => Graph.Schema.Programs.AttendanceTokens.DerivedFrom(provider.GetRequiredService<SigningKey>().Bytes));
        services.AddSingleton<JwtTokenService>();
        services.AddSingleton<IAccessTokenIssuer>(provider => provider.GetRequiredService<JwtTokenService>());
        services.AddSingleton<IConnectionAuthenticator, JwtConnectionAuthenticator>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtTokenService>((options, tokens) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        if (context.Principal is not null && await tokens.CheckAsync(context.Principal, context.HttpContext.RequestAborted) is { } current)
                            context.Principal = current;
                        else
                            context.Fail("The access token has been revoked, or its account may no longer sign in.");
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
