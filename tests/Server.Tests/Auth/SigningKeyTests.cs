using Graph.Schema.Identity.Auth;
using Graph.Server.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Graph.Server.Tests.Auth;

public sealed class SigningKeyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("graph-key-").FullName;

    [Fact]
    public void Production_with_a_database_requires_a_configured_key_of_256_bits()
    {
        var configuration = Configuration(("ConnectionStrings:Graph", "Host=db"));
        Assert.Throws<OptionsValidationException>(() => SigningKey.Resolve(new IdentityAuthOptions(), Environment(Environments.Production), configuration));
        Assert.Throws<OptionsValidationException>(() => SigningKey.Resolve(
            new IdentityAuthOptions { SigningKey = Convert.ToBase64String(new byte[31]) }, Environment(Environments.Production), configuration));
        Assert.Equal(32, SigningKey.Resolve(new IdentityAuthOptions { SigningKey = Convert.ToBase64String(new byte[32]) }, Environment(Environments.Production), configuration).Bytes.Length);
    }

    [Fact]
    public void Development_generates_a_key_once_and_keeps_it()
    {
        var first = SigningKey.Resolve(new IdentityAuthOptions(), Environment(Environments.Development), Configuration(), _root);
        var second = SigningKey.Resolve(new IdentityAuthOptions(), Environment(Environments.Development), Configuration(), _root);
        Assert.Equal(32, first.Bytes.Length);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.True(File.Exists(Path.Combine(_root, ".data", "identity-signing-key")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private HostingEnvironment Environment(string name) => new() { EnvironmentName = name, ContentRootPath = _root };

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
