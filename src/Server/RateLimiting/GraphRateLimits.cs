using System.Globalization;
using System.Threading.RateLimiting;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Schema.Identity.Auth;
using Graph.Server.Transports;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Server.RateLimiting;

/// <summary>
/// Request rate limits with ASP.NET Core's rate limiter: every request counts against its signed-in user (the token's
/// subject) or, without one, its client address; sign-in operations also count against a stricter limit per address,
/// checked once the operation is known (<see cref="SignInRateLimiter"/>).
/// </summary>
public static class GraphRateLimits
{
    /// <summary>The <c>extensions.code</c> of a refusal.</summary>
    public const string Code = "RATE_LIMITED";

    public const string Message = "Too many requests; retry after the seconds Retry-After gives.";

    public static IServiceCollection AddGraphRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(options => options.IsValid, "RateLimits: the window and every permit limit must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SignInRateLimiter>();
        services.AddTransient<IStartupFilter, RateLimiterStartupFilter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var options = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = (rejected, cancellationToken) => RefuseAsync(rejected.HttpContext, rejected.Lease, options);
        });
        return services;
    }

    /// <summary>Writes the 429 with <c>Retry-After</c> (whole seconds) and a GraphQL error.</summary>
    internal static ValueTask RefuseAsync(HttpContext context, RateLimitLease lease, RateLimitOptions options)
    {
        context.Response.Headers.RetryAfter = RetryAfter(lease, options);
        return new ValueTask(GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests,
            AcceptNegotiation.Negotiate(context.Request) ?? ResponseMediaType.Json, GraphQLRequestParser.Error(Message, Code)));
    }

    /// <summary>The whole seconds until the refusing window ends.</summary>
    internal static string RetryAfter(RateLimitLease lease, RateLimitOptions options)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Window;
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || options.ExemptPaths.Any(path => context.Request.Path.StartsWithSegments(path)))
            return RateLimitPartition.GetNoLimiter(string.Empty);

        var subject = context.User.FindFirst(AuthClaims.Subject)?.Value;
        return subject is not null
            ? RateLimitPartition.GetFixedWindowLimiter("user:" + subject, _ => Window(options.SignedInPermitLimit, options))
            : RateLimitPartition.GetFixedWindowLimiter("address:" + ClientAddress(context), _ => Window(options.AnonymousPermitLimit, options));
    }

    internal static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

    internal static FixedWindowRateLimiterOptions Window(int permits, RateLimitOptions options) => new()
    {
        PermitLimit = permits,
        Window = options.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// Puts the rate limiter in front of the app. It runs after <c>InvalidTokenRefusal</c> (registered earlier by
/// <c>AddGraphAuth</c>), which authenticates bearer requests, so a signed-in caller counts as the user it is.
/// </summary>
internal sealed class RateLimiterStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseRateLimiter();
        next(app);
    };
}

/// <summary>The stricter limit on sign-in operations, per client address, checked by the request pipeline.</summary>
public sealed class SignInRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        address => RateLimitPartition.GetFixedWindowLimiter(address, _ => GraphRateLimits.Window(options.Value.SignInPermitLimit, options.Value)));

    /// <summary>Whether the operation selects a sign-in field at its root (fragments aside: sign-in documents are plain).</summary>
    public bool IsSignIn(DocumentNode document, string? operationName)
    {
        if (!options.Value.Enabled)
            return false;
        OperationDefinitionNode operation;
        try
        {
            operation = Executor.GetOperation(document, operationName);
        }
        catch (GraphQLException)
        {
            return false;
        }

        return operation.Operation == OperationType.Mutation
            && operation.SelectionSet.Selections.OfType<FieldNode>().Any(field => options.Value.SignInFields.Contains(field.Name.Value));
    }

    /// <summary>Counts one sign-in for the request's address; null when allowed, else the <c>Retry-After</c> seconds.</summary>
    public string? TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(GraphRateLimits.ClientAddress(context));
        return lease.IsAcquired ? null : GraphRateLimits.RetryAfter(lease, options.Value);
    }

    public void Dispose() => _limiter.Dispose();
}
