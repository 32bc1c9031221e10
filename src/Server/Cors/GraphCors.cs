using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Graph.Server.Cors;

/// <summary>Section <c>Cors</c>: which browser origins may call the server.</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>Origins (<c>https://app.partner.example</c>: scheme, host and port, nothing else) whose pages may call
    /// the server with credentials. Empty (the default): no cross-origin access; preflights are refused.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight's answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Cross-origin access for partners' browser apps: with <c>Cors:AllowedOrigins</c> set, a page on one of those
/// origins may call every endpoint with credentials (cookies, the <c>Authorization</c> header) and the headers GraphQL
/// clients send; preflights are answered 204 (cached for <c>Cors:PreflightMaxAge</c>). Runs before anything that may
/// refuse a request (an invalid token's 401, the rate limiter's 429), so those refusals are readable by the page too.
/// </summary>
public static class GraphCors
{
    /// <summary>The request headers a cross-origin page may send: the ones GraphQL clients use (Apollo Client, urql,
    /// Relay, graphql-sse, Banana Cake Pop, HotChocolate's multipart preflight) and trace context.</summary>
    public static readonly string[] AllowedHeaders =
    [
        "Accept", "Authorization", "Content-Type", "GraphQL-Preflight", "X-GraphQL-Event-Stream-Token",
        "Apollo-Require-Preflight", "X-Apollo-Operation-Name", "ApolloGraphQL-Client-Name", "ApolloGraphQL-Client-Version",
        "traceparent", "tracestate", "baggage",
    ];

    /// <summary>GET and POST for GraphQL over HTTP; PUT and DELETE for graphql-sse's single connection mode.</summary>
    public static readonly string[] AllowedMethods = ["GET", "POST", "PUT", "DELETE"];

    /// <summary>Response headers a page may read besides the simple ones.</summary>
    public static readonly string[] ExposedHeaders = ["WWW-Authenticate", "Retry-After"];

    public static IServiceCollection AddGraphCors(this IServiceCollection services)
    {
        services.AddOptions<CorsSettings>()
            .BindConfiguration(CorsSettings.Section)
            .Validate(
                settings => settings.AllowedOrigins.All(IsOrigin),
                "Every Cors:AllowedOrigins entry must be an origin: http or https, a host and optionally a port, no path, query or "
                + "wildcard (e.g. https://app.partner.example).")
            .Validate(settings => settings.PreflightMaxAge >= TimeSpan.Zero, "Cors:PreflightMaxAge must not be negative.")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, configured) =>
        {
            var settings = configured.Value;
            if (settings.AllowedOrigins.Length == 0)
                return;
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(settings.AllowedOrigins.Select(origin => origin.TrimEnd('/')).ToArray())
                .AllowCredentials()
                .WithHeaders(AllowedHeaders)
                .WithMethods(AllowedMethods)
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(settings.PreflightMaxAge));
        });

        // First of all startup filters, so the CORS middleware is the outermost: it must answer preflights and add its
        // headers before the invalid-token refusal and the rate limiter (registered earlier by AddGraphAuth and
        // AddGraphServer's callers) can end a request.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, CorsStartupFilter>());
        return services;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo)
        && !origin.Contains('*');

    private sealed class CorsStartupFilter(IOptions<CorsSettings> settings) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            if (settings.Value.AllowedOrigins.Length > 0)
                app.UseCors();
            next(app);
        };
    }
}
