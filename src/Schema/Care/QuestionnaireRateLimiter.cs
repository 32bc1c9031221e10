using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Graph.Schema.Care;

/// <summary>
/// The per-client limit of questionnaire submissions: a partitioned fixed-window limiter of .NET's rate limiting
/// (System.Threading.RateLimiting, what ASP.NET Core's rate limiting middleware runs), one partition per client key,
/// asked inside the mutation so it holds whatever transport carried the request. Self-contained: no middleware policy.
/// </summary>
public sealed class QuestionnaireRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public QuestionnaireRateLimiter(IOptions<QuestionnaireIntakeOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitsPerWindow,
            Window = limits.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes a permit for <paramref name="client"/>; null when granted, else how long to wait (when known).</summary>
    public TimeSpan? TryAcquire(string client)
    {
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.Zero;
    }

    public void Dispose() => _limiter.Dispose();
}
