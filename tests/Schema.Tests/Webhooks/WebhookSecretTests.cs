using System.Text;
using Graph.Schema.Webhooks;

namespace Graph.Schema.Tests.Webhooks;

public sealed class WebhookSecretTests
{
    // The example of the Standard Webhooks specification (its README's signature verification section).
    [Fact]
    public void Signs_the_specifications_example_as_it_says()
    {
        var signature = WebhookSecret.Sign(
            ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, Encoding.UTF8.GetBytes("""{"test": 2432232314}"""));
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void During_a_rotation_each_secret_signs_space_separated()
    {
        var body = Encoding.UTF8.GetBytes("{}");
        var current = WebhookSecret.Generate();
        var previous = WebhookSecret.Generate();
        Assert.Equal(
            WebhookSecret.Sign([current], "m", 1, body) + " " + WebhookSecret.Sign([previous], "m", 1, body),
            WebhookSecret.Sign([current, previous], "m", 1, body));
    }

    [Fact]
    public void Secrets_are_whsec_and_32_random_bytes()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => WebhookSecret.Generate()).ToList();
        Assert.All(secrets, s =>
        {
            Assert.StartsWith("whsec_", s);
            Assert.Equal(32, Convert.FromBase64String(s["whsec_".Length..]).Length);
        });
        Assert.Equal(secrets.Count, secrets.Distinct().Count());
    }
}
