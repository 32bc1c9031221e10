using Graph.Persistence.Webhooks;
using Graph.Schema.Webhooks;
using Graph.Server.Webhooks;

namespace Graph.Server.Tests.Webhooks;

public sealed class WebhookRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_default_schedule_waits_about_5s_5min_30min_2h_5h_10h_10h_then_fails()
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0 }, () => 0.5);
        var waits = new List<TimeSpan>();
        for (var attempts = 0; ; attempts++)
        {
            var outcome = policy.Decide(Delivery(attempts), Response(503));
            if (outcome.Verdict == DeliveryVerdict.Failed)
            {
                Assert.Equal(8, attempts + 1);
                break;
            }

            Assert.Equal(DeliveryVerdict.Retry, outcome.Verdict);
            waits.Add(outcome.NextAttemptAt!.Value - Now);
        }

        Assert.Equal(
            [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10)],
            waits);
    }

    [Theory]
    [InlineData(0.0, 4.0)]
    [InlineData(1.0, 6.0)]
    [InlineData(0.25, 4.5)]
    public void Jitter_spreads_each_wait_by_its_share(double random, double seconds)
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0.2 }, () => random);
        Assert.Equal(TimeSpan.FromSeconds(seconds), policy.Decide(Delivery(0), Response(500)).NextAttemptAt - Now);
    }

    [Fact]
    public void A_longer_Retry_After_is_honoured_up_to_the_cap_and_a_shorter_one_does_not_hurry()
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0, MaxRetryAfter = TimeSpan.FromHours(1) }, () => 0.5);
        Assert.Equal(TimeSpan.FromSeconds(120), policy.Decide(Delivery(0), Response(429, TimeSpan.FromSeconds(120))).NextAttemptAt - Now);
        Assert.Equal(TimeSpan.FromHours(1), policy.Decide(Delivery(0), Response(503, TimeSpan.FromDays(3))).NextAttemptAt - Now);
        Assert.Equal(TimeSpan.FromMinutes(5), policy.Decide(Delivery(1), Response(503, TimeSpan.FromSeconds(1))).NextAttemptAt - Now);
    }

    [Theory]
    [InlineData(200, DeliveryVerdict.Succeeded)]
    [InlineData(204, DeliveryVerdict.Succeeded)]
    [InlineData(299, DeliveryVerdict.Succeeded)]
    [InlineData(410, DeliveryVerdict.Gone)]
    [InlineData(301, DeliveryVerdict.Retry)]
    [InlineData(400, DeliveryVerdict.Retry)]
    [InlineData(404, DeliveryVerdict.Retry)]
    [InlineData(500, DeliveryVerdict.Retry)]
    [InlineData(null, DeliveryVerdict.Retry)]
    public void Only_2xx_succeeds_and_410_gives_up(int? status, DeliveryVerdict verdict) =>
        Assert.Equal(verdict, new WebhookRetryPolicy(new WebhookOptions(), () => 0.5).Decide(Delivery(0), Response(status)).Verdict);

    [Fact]
    public void The_wait_counts_from_the_end_of_the_failed_attempt()
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0 }, () => 0.5);
        var slow = new WebhookResponse(new DeliveryAttemptRecord(Now, null, 15_000, null, "No response within 15 s."), null);
        Assert.Equal(TimeSpan.FromSeconds(20), policy.Decide(Delivery(0), slow).NextAttemptAt - Now);
    }

    [Fact]
    public void A_configured_schedule_replaces_the_default()
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0, RetrySchedule = [TimeSpan.FromSeconds(1)] }, () => 0.5);
        Assert.Equal(TimeSpan.FromSeconds(1), policy.Decide(Delivery(0), Response(500)).NextAttemptAt - Now);
        Assert.Equal(DeliveryVerdict.Failed, policy.Decide(Delivery(1), Response(500)).Verdict);
    }

    private static DueDelivery Delivery(int attempts) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "{}", attempts, Now, "https://93.184.216.34/", WebhookSecret.Generate(), null, null);

    private static WebhookResponse Response(int? status, TimeSpan? retryAfter = null) =>
        new(new DeliveryAttemptRecord(Now, status, 0, null, status is null ? "refused" : null), retryAfter);
}
