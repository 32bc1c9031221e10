using Graph.Schema.Webhooks;

namespace Graph.Schema.Tests.Webhooks;

public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("ftp://93.184.216.34/hook", "absolute http or https")]
    [InlineData("/hook", "absolute http or https")]
    [InlineData("https://user:pass@93.184.216.34/hook", "credentials")]
    [InlineData("https://token@93.184.216.34/hook", "credentials")]
    [InlineData("http://127.0.0.1:8080/hook", "127.0.0.1")]
    [InlineData("http://[::1]/hook", "::1")]
    [InlineData("http://10.0.0.7/hook", "10.0.0.7")]
    [InlineData("http://169.254.169.254/latest/meta-data", "169.254.169.254")]
    [InlineData("http://localhost:5000/hook", "loopback or private")]
    [InlineData("http://2130706433/hook", "127.0.0.1")] // 127.0.0.1 as one number
    public async Task Refuses_other_schemes_credentials_and_private_targets(string url, string reason)
    {
        var (uri, refusal) = await WebhookUrl.CheckAsync(url, allowPrivateNetworks: false, CancellationToken.None);
        Assert.Null(uri);
        Assert.Contains(reason, refusal);
    }

    [Theory]
    [InlineData("https://93.184.216.34/hook")]
    [InlineData("http://[2606:2800:220:1:248:1893:25c8:1946]:8443/x?y=1")]
    public async Task Accepts_public_http_and_https_targets(string url)
    {
        var (uri, refusal) = await WebhookUrl.CheckAsync(url, allowPrivateNetworks: false, CancellationToken.None);
        Assert.Null(refusal);
        Assert.NotNull(uri);
    }

    [Fact]
    public async Task Private_targets_pass_when_allowed_but_credentials_never_do()
    {
        Assert.Null((await WebhookUrl.CheckAsync("http://127.0.0.1:9/hook", allowPrivateNetworks: true, CancellationToken.None)).Refusal);
        Assert.NotNull((await WebhookUrl.CheckAsync("http://a:b@127.0.0.1:9/hook", allowPrivateNetworks: true, CancellationToken.None)).Refusal);
    }
}
