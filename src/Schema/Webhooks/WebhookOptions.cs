namespace Graph.Schema.Webhooks;

/// <summary>Webhook registration and delivery settings, bound from the <c>Webhooks</c> section.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>
    /// <c>Webhooks:AllowPrivateNetworks</c>: whether URLs may point at loopback, private, link-local or other
    /// non-public addresses (checked at registration and again, on the resolved address, at every delivery).
    /// True in Development.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long a receiver has to answer one POST.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The waits before each retry: the delivery is attempted once plus once per entry, then fails. Each wait is
    /// jittered by <see cref="Jitter"/> and lengthened to the receiver's <c>Retry-After</c> when that is longer.
    /// Unset: <see cref="DefaultRetrySchedule"/> (null by default because configuration binding appends to a list).
    /// </summary>
    public List<TimeSpan>? RetrySchedule { get; set; }

    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule => RetrySchedule is { Count: > 0 } schedule ? schedule : DefaultRetrySchedule;

    /// <summary>About 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h: eight attempts over a day and a bit.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetrySchedule { get; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>The share (0–1) by which a retry's wait is randomly shortened or lengthened.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>The longest <c>Retry-After</c> honoured.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A webhook whose every attempt failed for this long is disabled (reason FAILING).</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>After a secret rotation, how long the previous secret keeps signing beside the new one.</summary>
    public TimeSpan SecretRotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often workers look for due deliveries and underived events when nothing woke them.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delivery workers per server; each sends one batch at a time.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>The most deliveries one worker claims and sends at once.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>The most outbox events derived into deliveries in one transaction.</summary>
    public int DeriveBatchSize { get; set; } = 100;

    /// <summary>False stops this server's workers (e.g. an instance that only serves requests).</summary>
    public bool DeliveryEnabled { get; set; } = true;
}
