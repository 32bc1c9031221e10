using System.Security.Claims;
using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Authorization;

public sealed class AuthorizeDirectiveTests
{
    private static readonly GraphSchema Schema = new SchemaBuilder()
        .AddQueryType<Query>()
        .AddTypeExtension<AdminQueries>()
        .AddType<Secret>()
        .AddAuthorization()
        .Build();

    [Fact]
    public async Task Anonymous_caller_gets_null_and_AUTH_NOT_AUTHENTICATED_with_path()
    {
        var json = await RunAsync("{ open signedIn }", user: null);
        var root = json.RootElement;
        Assert.Equal("open", root.GetProperty("data").GetProperty("open").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("data").GetProperty("signedIn").ValueKind);
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("The current user is not authorized to access this resource.", error.GetProperty("message").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("signedIn", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Unauthenticated_principal_counts_as_anonymous()
    {
        var json = await RunAsync("{ signedIn }", new ClaimsPrincipal(new ClaimsIdentity()));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(json));
    }

    [Fact]
    public async Task Wrong_role_gets_AUTH_NOT_AUTHORIZED()
    {
        var json = await RunAsync("{ signedIn adminOnly }", User("CUSTOMER"));
        Assert.Equal("yes", json.RootElement.GetProperty("data").GetProperty("signedIn").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("adminOnly").ValueKind);
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(json));
    }

    [Fact]
    public async Task Right_role_gets_data()
    {
        var json = await RunAsync("{ adminOnly extended secret { value } }", User("ADMIN"));
        Assert.False(json.RootElement.TryGetProperty("errors", out _));
        Assert.Equal("admin", json.RootElement.GetProperty("data").GetProperty("adminOnly").GetString());
        Assert.Equal("s3cret", json.RootElement.GetProperty("data").GetProperty("secret").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Type_level_authorize_guards_every_field_of_the_type()
    {
        var json = await RunAsync("{ secret { value } }", User("CUSTOMER"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(json));
        Assert.Equal(["secret", "value"], json.RootElement.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Type_extension_authorize_guards_its_fields_only()
    {
        var json = await RunAsync("{ open extended }", User("CUSTOMER"));
        Assert.Equal("open", json.RootElement.GetProperty("data").GetProperty("open").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(json));
    }

    [Fact]
    public async Task Policy_without_a_handler_is_refused_and_a_handler_decides()
    {
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(await RunAsync("{ policyGuarded }", User("ADMIN"))));
        var json = await RunAsync("{ policyGuarded }", User("ADMIN"), new Handler());
        Assert.Equal("policy", json.RootElement.GetProperty("data").GetProperty("policyGuarded").GetString());
    }

    [Fact]
    public async Task After_resolver_policy_sees_the_value()
    {
        var handler = new Handler();
        var json = await RunAsync("{ afterResolver }", User("ADMIN"), handler);
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(json));
        Assert.Equal("after", handler.SeenValue);
    }

    [Fact]
    public void Sdl_prints_the_directive_definition_and_its_applications()
    {
        var sdl = SchemaPrinter.Print(Schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true });
        Assert.Contains("directive @authorize(", sdl);
        Assert.Contains("apply: ApplyPolicy! = BEFORE_RESOLVER", sdl);
        Assert.Contains("repeatable on OBJECT | FIELD_DEFINITION", sdl);
        Assert.Contains("enum ApplyPolicy {", sdl);
        Assert.Contains("adminOnly: String @authorize(roles: [\"ADMIN\"])", sdl);
        Assert.Contains("signedIn: String @authorize", sdl);
        Assert.Contains("type Secret @authorize(roles: [\"ADMIN\"])", sdl);
        Assert.Contains("afterResolver: String @authorize(policy: \"never\", apply: AFTER_RESOLVER)", sdl);
    }

    [Fact]
    public async Task Sdl_first_authorize_is_enforced()
    {
        var schema = SchemaBuilder.FromSdl(Parser.Parse("""
            directive @authorize(policy: String, roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION
            enum ApplyPolicy { BEFORE_RESOLVER AFTER_RESOLVER VALIDATION }
            type Query { a: String @authorize(roles: ["ADMIN"]) b: String }
            """), new SchemaBuildOptions());
        new AuthorizationConvention().Apply(new SchemaConventionContext([.. schema.Types]));
        var result = await Executor.ExecuteRequestAsync(schema, Parser.Parse("{ a b }"), null, null, new ExecutionOptions
        {
            RootValue = new Dictionary<string, object?> { ["a"] = "A", ["b"] = "B" },
            ContextData = new Dictionary<string, object?> { [AuthorizationSchema.ClaimsPrincipalKey] = User("CUSTOMER") },
        });
        var json = JsonDocument.Parse(ExecutionResultWriter.ToJson(result));
        Assert.Equal("AUTH_NOT_AUTHORIZED", Code(json));
        Assert.Equal("B", json.RootElement.GetProperty("data").GetProperty("b").GetString());
    }

    [Fact]
    public async Task Subscriptions_are_checked_before_the_stream_starts()
    {
        var schema = new SchemaBuilder().AddQueryType<Query>().AddSubscriptionType<Ticks>().AddAuthorization().Build();
        var result = await Executor.SubscribeAsync(schema, Parser.Parse("subscription { tick }"), null, null, new ExecutionOptions
        {
            ContextData = new Dictionary<string, object?>(),
        });
        Assert.Null(result.Stream);
        var json = JsonDocument.Parse(ExecutionResultWriter.ToJson(result.ErrorResult!));
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(json));
    }

    private static string? Code(JsonDocument json) =>
        json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "u"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    private static async Task<JsonDocument> RunAsync(string query, ClaimsPrincipal? user, IAuthorizationHandler? handler = null)
    {
        var contextData = new Dictionary<string, object?>();
        if (user is not null)
            contextData[AuthorizationSchema.ClaimsPrincipalKey] = user;
        var result = await Executor.ExecuteRequestAsync(Schema, Parser.Parse(query), null, null, new ExecutionOptions
        {
            ContextData = contextData,
            Services = new Services(handler),
        });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result));
    }

    private sealed class Services(IAuthorizationHandler? handler) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IAuthorizationHandler) ? handler : null;
    }

    private sealed class Handler : IAuthorizationHandler
    {
        public object? SeenValue { get; private set; }

        public async ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive, object? resolvedValue)
        {
            await Task.Yield();
            SeenValue = resolvedValue;
            if (directive.Policy == "allow")
                return AuthorizationResult.Allowed;
            if (directive.Policy is not null)
                return AuthorizationResult.NotAllowed;
            return await DefaultAuthorizationHandler.Instance.AuthorizeAsync(context, directive, resolvedValue);
        }
    }

    public sealed class Query
    {
        public string Open() => "open";

        [Authorize]
        public string? SignedIn() => "yes";

        [Authorize(Roles = ["ADMIN"])]
        public string? AdminOnly() => "admin";

        [Authorize(Policy = "allow")]
        public string? PolicyGuarded() => "policy";

        [Authorize(Policy = "never", Apply = ApplyPolicy.AfterResolver)]
        public string? AfterResolver() => "after";

        public Secret? GetSecret() => new();
    }

    [Authorize(Roles = ["ADMIN"])]
    public sealed class Secret
    {
        public string Value => "s3cret";
    }

    public sealed class Ticks
    {
        [Authorize]
        public async IAsyncEnumerable<int> Tick()
        {
            await Task.Yield();
            yield return 1;
        }
    }

    [ExtendObjectType("Query")]
    [Authorize(Roles = ["ADMIN"])]
    public sealed class AdminQueries
    {
        public string? Extended() => "extended";
    }
}
