using System.Linq.Expressions;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Engine.Data;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Authorization;

/// <summary>
/// A <c>where</c>, <c>order</c> or aggregate over a member the caller reads on some rows only reads it as null on the
/// others (the handler's row condition; none without one), instead of refusing: alice reads the balance of her own
/// accounts, bob's balances are hidden from her and must not decide a match, an order, a cursor or a sum.
/// </summary>
public sealed class DataArgumentMaskingTests
{
    private static readonly Branch North = new() { Id = 1, Code = "N1", Manager = "alice" };
    private static readonly Branch South = new() { Id = 2, Code = "S1", Manager = "bob" };

    private static readonly Account[] Accounts =
    [
        new() { Id = 1, Name = "a-low", Owner = "alice", Balance = 10, Secret = "x", BranchId = 2, Branch = South },
        new() { Id = 2, Name = "b-high", Owner = "bob", Balance = 900, Secret = "x", BranchId = 1, Branch = North },
        new() { Id = 3, Name = "a-high", Owner = "alice", Balance = 50, Secret = null, BranchId = 1, Branch = North },
        new() { Id = 4, Name = "b-low", Owner = "bob", Balance = 5, Secret = "y", BranchId = 2, Branch = South },
        new() { Id = 5, Name = "b-mid", Owner = "bob", Balance = 30, Secret = "x", BranchId = 2, Branch = South },
    ];

    static DataArgumentMaskingTests()
    {
        North.Accounts = [.. Accounts.Where(a => a.BranchId == 1)];
        South.Accounts = [.. Accounts.Where(a => a.BranchId == 2)];
    }

    private static readonly GraphSchema Schema = new SchemaBuilder().AddQueryType<Query>().AddData().AddAuthorization().Build();

    private static ClaimsPrincipal User(string name, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    private static readonly ClaimsPrincipal Alice = User("alice");

    [Fact]
    public async Task A_filter_matches_only_the_values_the_caller_reads()
    {
        Assert.Equal([3], Ids(await RunAsync("{ accounts(where: { balance: { gt: 20 } }) { nodes { id } } }", Alice)));
        Assert.Equal([2, 3, 5], Ids(await RunAsync("{ accounts(where: { balance: { gt: 20 } }) { nodes { id } } }", User("root", "ADMIN"))));

        // Hidden values are null: they match `eq: null` whatever they are, and no comparison.
        Assert.Equal([2, 4, 5], Ids(await RunAsync("{ accounts(where: { balance: { eq: null } }) { nodes { id } } }", Alice)));
        Assert.Equal([1, 3], Ids(await RunAsync("{ accounts(where: { or: [{ balance: { lt: 20 } }, { balance: { gte: 50 } }] }) { nodes { id } } }", Alice)));
    }

    [Fact]
    public async Task A_roles_only_rule_the_caller_fails_hides_the_member_on_every_row()
    {
        Assert.Empty(Ids(await RunAsync("{ accounts(where: { secret: { eq: \"x\" } }) { nodes { id } } }", Alice)));
        Assert.Equal([1, 2, 3, 4, 5], Ids(await RunAsync("{ accounts(where: { secret: { eq: null } }) { nodes { id } } }", Alice)));
        Assert.Equal([1, 2, 5], Ids(await RunAsync("{ accounts(where: { secret: { eq: \"x\" } }) { nodes { id } } }", User("root", "ADMIN"))));
    }

    [Fact]
    public async Task A_member_without_a_rule_is_read_as_it_is()
    {
        Assert.Equal([3, 2], Ids(await RunAsync("{ accounts(where: { name: { endsWith: \"high\" } }, order: { name: ASC }) { nodes { id } } }", Alice)));
        Assert.Equal([3, 2], Ids(await RunAsync("{ accounts(where: { name: { endsWith: \"high\" } }, order: { name: ASC }) { nodes { id } } }", user: null)));
    }

    [Fact]
    public async Task A_nested_member_is_masked_through_its_relation()
    {
        // Branch codes are read by the branch's manager: alice manages North only.
        Assert.Equal([2, 3], Ids(await RunAsync("{ accounts(where: { branch: { code: { startsWith: \"N\" } } }) { nodes { id } } }", Alice)));
        Assert.Empty(Ids(await RunAsync("{ accounts(where: { branch: { code: { startsWith: \"S\" } } }) { nodes { id } } }", Alice)));

        // Nulls sort first in LINQ to objects: South's hidden codes, then North's.
        Assert.Equal([1, 4, 5, 2, 3], Ids(await RunAsync("{ accounts(order: { branch: { code: ASC } }) { nodes { id } } }", Alice)));
    }

    [Fact]
    public async Task A_sort_places_hidden_values_as_nulls_and_its_cursors_hold_none()
    {
        var json = await RunAsync("{ accounts(order: { balance: DESC }, first: 3) { edges { cursor node { id } } } }", Alice);
        var edges = json.RootElement.GetProperty("data").GetProperty("accounts").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal([3, 1, 2], edges.Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
        var cursors = edges.Select(e => Encoding.UTF8.GetString(Convert.FromBase64String(e.GetProperty("cursor").GetString()!))).ToList();
        Assert.Equal(["[50,3]", "[10,1]", "[null,2]"], cursors);

        var next = await RunAsync(
            "query($after: String) { accounts(order: { balance: DESC }, first: 3, after: $after) { nodes { id } } }",
            Alice,
            new Dictionary<string, object?> { ["after"] = edges[2].GetProperty("cursor").GetString() });
        Assert.Equal([4, 5], Ids(next));
    }

    [Fact]
    public async Task An_aggregate_leaves_hidden_values_out()
    {
        var json = await RunAsync("{ accounts { aggregate { count sum { balance } max { balance } } } }", Alice);
        var aggregate = json.RootElement.GetProperty("data").GetProperty("accounts").GetProperty("aggregate");
        Assert.Equal(5, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(60m, aggregate.GetProperty("sum").GetProperty("balance").GetDecimal());
        Assert.Equal(50m, aggregate.GetProperty("max").GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task A_nested_data_field_masks_like_a_root_one()
    {
        // North holds bob's 900 and alice's 50, South alice's 10 and bob's 5 and 30.
        var json = await RunAsync("{ branches { nodes { accounts(where: { balance: { gt: 1 } }) { totalCount aggregate { sum { balance } } } } } }", Alice);
        Assert.False(json.RootElement.TryGetProperty("errors", out _));
        var pages = json.RootElement.GetProperty("data").GetProperty("branches").GetProperty("nodes").EnumerateArray()
            .Select(b => b.GetProperty("accounts"))
            .Select(a => (a.GetProperty("totalCount").GetInt32(), a.GetProperty("aggregate").GetProperty("sum").GetProperty("balance").GetDecimal()));
        Assert.Equal([(1, 50m), (1, 10m)], pages);
    }

    [Fact]
    public async Task Nobody_signed_in_gets_the_same_rows_with_or_without_an_order_over_a_guarded_member()
    {
        var plain = await RunAsync("{ accounts { nodes { id name } } }", user: null);
        var ordered = await RunAsync("{ accounts(order: { balance: DESC }) { nodes { id name } } }", user: null);
        Assert.Equal(plain.RootElement.GetRawText(), ordered.RootElement.GetRawText());
        Assert.False(ordered.RootElement.TryGetProperty("errors", out _));

        // Hidden on every row, a member aggregates as over no row at all.
        var json = await RunAsync("{ accounts { aggregate { count sum { balance } max { balance } } } }", user: null);
        var aggregate = json.RootElement.GetProperty("data").GetProperty("accounts").GetProperty("aggregate");
        Assert.Equal(5, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(0m, aggregate.GetProperty("sum").GetProperty("balance").GetDecimal());
        Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("max").GetProperty("balance").ValueKind);

        var nested = await RunAsync("{ branches { nodes { accounts { totalCount aggregate { sum { balance } } } } } accounts { aggregate { sum { balance } } } }", user: null);
        Assert.False(nested.RootElement.TryGetProperty("errors", out _));
        Assert.Equal(
            [(2, 0m), (3, 0m)],
            nested.RootElement.GetProperty("data").GetProperty("branches").GetProperty("nodes").EnumerateArray()
                .Select(b => b.GetProperty("accounts"))
                .Select(a => (a.GetProperty("totalCount").GetInt32(), a.GetProperty("aggregate").GetProperty("sum").GetProperty("balance").GetDecimal())));
        Assert.Equal(0m, nested.RootElement.GetProperty("data").GetProperty("accounts").GetProperty("aggregate").GetProperty("sum").GetProperty("balance").GetDecimal());
    }

    [Fact]
    public async Task A_handler_without_row_conditions_hides_a_refused_policy_on_every_row()
    {
        var json = await RunAsync("{ accounts(where: { balance: { gt: 0 } }) { nodes { id } } }", Alice, handler: new RowlessHandler());
        Assert.False(json.RootElement.TryGetProperty("errors", out _));
        Assert.Empty(Ids(json));
    }

    private static List<int> Ids(JsonDocument json)
    {
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.RootElement.GetProperty("data").GetProperty("accounts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
    }

    private static async Task<JsonDocument> RunAsync(string query, ClaimsPrincipal? user, IReadOnlyDictionary<string, object?>? variables = null, IAuthorizationHandler? handler = null)
    {
        var result = await GraphQLExecutor.ExecuteAsync(Schema, new ExecutionRequest(query, Variables: variables), new ExecutionOptions
        {
            ContextData = new Dictionary<string, object?> { [AuthorizationSchema.ClaimsPrincipalKey] = user },
            Services = new Services(handler ?? new OwnerHandler()),
        });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result));
    }

    private sealed class Services(IAuthorizationHandler handler) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IAuthorizationHandler) ? handler
            : serviceType == typeof(IQueryable<Branch>) ? new[] { North, South }.AsQueryable()
            : null;
    }

    /// <summary>ADMIN reads everything; "own" is the account's owner, "manager" the branch's manager.</summary>
    private class OwnerHandler : IAuthorizationHandler
    {
        public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeDirective directive, object? resolvedValue)
        {
            var user = DefaultAuthorizationHandler.GetUser(context);
            if (directive.Policy is null || user?.IsInRole("ADMIN") == true)
                return DefaultAuthorizationHandler.Instance.AuthorizeAsync(context, directive with { Policy = null }, resolvedValue);
            var name = user?.Identity?.Name;
            var allowed = (directive.Policy, context.Parent) switch
            {
                ("own", Account account) => account.Owner == name,
                ("manager", Branch branch) => branch.Manager == name,
                _ => false,
            };
            return new(allowed ? AuthorizationResult.Allowed : AuthorizationResult.NotAllowed);
        }

        public virtual LambdaExpression? RowCondition(IResolverContext context, AuthorizeDirective directive)
        {
            var name = DefaultAuthorizationHandler.GetUser(context)?.Identity?.Name;
            return name is null ? null : directive.Policy switch
            {
                "own" => (Expression<Func<Account, bool>>)(a => a.Owner == name),
                "manager" => (Expression<Func<Branch, bool>>)(b => b.Manager == name),
                _ => null,
            };
        }
    }

    private sealed class RowlessHandler : OwnerHandler
    {
        public override LambdaExpression? RowCondition(IResolverContext context, AuthorizeDirective directive) => null;
    }

    public sealed class Query
    {
        [UseConnection]
        public IQueryable<Account> GetAccounts() => Accounts.AsQueryable();

        [UseConnection]
        public IQueryable<Branch> GetBranches() => new[] { North, South }.AsQueryable();
    }

    public sealed class Account
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public string Owner { get; set; } = "";

        [Authorize(Policy = "own")]
        public decimal Balance { get; set; }

        [Authorize(Roles = ["ADMIN"])]
        public string? Secret { get; set; }

        public int BranchId { get; set; }

        public Branch? Branch { get; set; }
    }

    public sealed class Branch
    {
        public int Id { get; set; }

        [Authorize(Policy = "manager")]
        public string Code { get; set; } = "";

        public string Manager { get; set; } = "";

        [UseConnection]
        public List<Account> Accounts { get; set; } = [];
    }
}
