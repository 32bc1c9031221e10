using System.Linq.Expressions;
using System.Security.Claims;
using System.Text.Json;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Authorization;

/// <summary>
/// Generated from the policy table: every caller (each role's demo account and nobody) reads every type and every
/// protected field of the core graph through <c>nodes(ids:)</c>, and each outcome (row hidden, field refused, field
/// read) is compared with what the rules say for that caller and row, computed from the database apart from GraphQL.
/// </summary>
public sealed class AccessPolicyMatrixTests(GraphFixture graph) : IClassFixture<GraphFixture>, IAsyncLifetime
{
    public static TheoryData<string> Callers() => [.. Enum.GetNames<Role>(), "Anonymous"];

    /// <summary>The demo data has no webhooks (they would post somewhere): two owners' disabled ones, with a delivery and an attempt each.</summary>
    public Task InitializeAsync() => Graph.Testing.Postgres.Sql.ExecuteAsync(graph.ConnectionString, $$"""
        WITH w AS (
            INSERT INTO webhooks (owner_id, url, subscription, topic, enabled, secret)
            SELECT owner, 'https://93.184.216.34/matrix', 'subscription { bookingStatusChanged { status } }', 'bookingStatusChanged', false, 'whsec_AAAA'
            FROM unnest(ARRAY['{{Modules.Callers.AccountId(Role.Customer)}}', '{{Modules.Callers.AccountId(Role.Sales)}}']::uuid[]) AS owner
            WHERE NOT EXISTS (SELECT 1 FROM webhooks)
            RETURNING id
        ), d AS (
            INSERT INTO webhook_deliveries (webhook_id, event_id, topic, payload, next_attempt_at) SELECT id, 1, 't', '{}', now() FROM w RETURNING id
        )
        INSERT INTO webhook_delivery_attempts (delivery_id, status_code, duration_ms) SELECT id, 500, 3 FROM d
        """);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The read rules the modules declared, as the composed schema uses them.</summary>
    private AccessPolicy Policy => graph.Services.GetRequiredService<AccessPolicy>();

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Every_type_and_protected_field_reads_as_the_policy_says(string caller)
    {
        var (principal, viewer) = caller == "Anonymous"
            ? (Modules.Callers.Anonymous, DataViewer.Anonymous)
            : (Modules.Callers.As(Enum.Parse<Role>(caller)), new DataViewer(Modules.Callers.AccountId(Enum.Parse<Role>(caller)), [Enum.Parse<Role>(caller)]));

        foreach (var typeRule in Policy.Rules.Where(r => r.IsType))
        {
            var fields = Policy.Rules.Where(r => !r.IsType && r.TypeName == typeRule.TypeName).ToList();
            var clrType = EntityType(typeRule.TypeName);
            var ids = await IdsAsync(clrType, DataViewer.System);
            Assert.NotEmpty(ids);
            var visible = (await IdsAsync(clrType, viewer)).ToHashSet();
            var granted = new Dictionary<string, HashSet<Guid>>();
            foreach (var field in fields.Where(f => f.Condition is not null))
                granted[field.FieldName!] = (await IdsAsync(clrType, DataViewer.System, field.ConditionFor(viewer))).ToHashSet();

            var selection = string.Join(" ", ["id", .. fields.Select(f => f.FieldName)]);
            var response = await graph.ExecuteAsAsync(
                principal,
                $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {typeRule.TypeName} {{ {selection} }} }} }}",
                new Dictionary<string, object?> { ["ids"] = ids.Select(id => NodeId.Format(typeRule.TypeName, id)).ToList() });
            var refused = Refusals(response);
            var nodes = response.GetProperty("data").GetProperty("nodes");

            for (var i = 0; i < ids.Count; i++)
            {
                var row = ids[i];
                var node = nodes[i];
                var where = $"{caller} reading {typeRule.TypeName} {row}";
                Assert.True(visible.Contains(row) == (node.ValueKind != JsonValueKind.Null), $"{where}: row visible {visible.Contains(row)}");
                if (!visible.Contains(row))
                    continue;

                var typeAllowed = typeRule.AllowsWithoutRow(viewer);
                Assert.True(typeAllowed != refused.Contains((i, "id")), $"{where}: type allowed {typeAllowed}");
                foreach (var field in fields)
                {
                    var allowed = typeAllowed && (field.AllowsWithoutRow(viewer) || (granted.TryGetValue(field.FieldName!, out var rows) && rows.Contains(row)));
                    Assert.True(allowed != refused.Contains((i, field.FieldName!)), $"{where}.{field.FieldName}: allowed {allowed}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_required_relation_of_a_row_the_caller_reads_leads_to_a_row_they_read(string caller)
    {
        var (principal, viewer) = caller == "Anonymous"
            ? (Modules.Callers.Anonymous, DataViewer.Anonymous)
            : (Modules.Callers.As(Enum.Parse<Role>(caller)), new DataViewer(Modules.Callers.AccountId(Enum.Parse<Role>(caller)), [Enum.Parse<Role>(caller)]));
        var checkedRelations = 0;
        foreach (var typeRule in Policy.Rules.Where(r => r.IsType))
        {
            // A hidden row behind a non-null relation would null the whole row it is on (a null-for-non-null error).
            var type = (Graph.Engine.Types.ObjectType)graph.Schema.GetType(typeRule.TypeName)!;
            var relations = type.Fields
                .Where(f => f.Type is Graph.Engine.Types.NonNullType { OfType: Graph.Engine.Types.ObjectType { RuntimeType: { } clr } } && typeof(Entity).IsAssignableFrom(clr))
                .Select(f => f.Name)
                .ToList();
            var visible = await IdsAsync(EntityType(typeRule.TypeName), viewer);
            if (relations.Count == 0 || visible.Count == 0)
                continue;

            var selection = string.Join(" ", relations.Select(r => r + " { __typename }"));
            var response = await graph.ExecuteAsAsync(
                principal,
                $"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {typeRule.TypeName} {{ id {selection} }} }} }}",
                new Dictionary<string, object?> { ["ids"] = visible.Select(id => NodeId.Format(typeRule.TypeName, id)).ToList() });
            var errors = response.TryGetProperty("errors", out var list) ? list.EnumerateArray().Where(e => e.GetProperty("path")[2].GetString() != "id").ToList() : [];
            Assert.True(errors.Count == 0, $"{caller} reading {typeRule.TypeName}: {string.Join("\n", errors.Select(e => e.GetRawText()))}");

            // Nor does the row vanish (EF joins a required relation, and the join drops a row whose parent is hidden).
            var nodes = response.GetProperty("data").GetProperty("nodes");
            Assert.True(nodes.EnumerateArray().All(n => n.ValueKind != JsonValueKind.Null), $"{caller} reading {typeRule.TypeName}: a row vanished with its relations");
            checkedRelations += relations.Count;
        }

        Assert.True(caller == "Anonymous" || checkedRelations > 0);
    }

    [Fact]
    public async Task Every_condition_grants_some_caller_a_row_and_refuses_another()
    {
        var viewers = Enum.GetValues<Role>().Select(r => new DataViewer(Modules.Callers.AccountId(r), [r])).ToList();
        foreach (var rule in Policy.Rules.Where(r => r.Condition is not null))
        {
            var clrType = EntityType(rule.TypeName);
            var outcomes = new List<bool>();
            foreach (var viewer in viewers.Where(v => !rule.AllowsWithoutRow(v)))
            {
                var visible = await IdsAsync(clrType, viewer);
                var granted = (await IdsAsync(clrType, DataViewer.System, rule.ConditionFor(viewer))).ToHashSet();
                outcomes.AddRange(visible.Select(granted.Contains));
            }

            Assert.True(outcomes.Contains(true) && outcomes.Contains(false), $"{rule.Coordinate}: the demo data tries its condition both ways");
        }
    }

    [Fact]
    public void Every_entity_type_of_the_schema_has_a_rule_and_every_rule_is_printed_as_authorize()
    {
        var entityTypes = graph.Schema.Types.OfType<Graph.Engine.Types.ObjectType>()
            .Where(t => t.RuntimeType is { } clr && typeof(Entity).IsAssignableFrom(clr))
            .Select(t => t.Name)
            .Order()
            .ToList();
        Assert.Equal(entityTypes, Policy.Rules.Where(r => r.IsType).Select(r => r.TypeName).Order().ToList());

        var sdl = Graph.Engine.Types.SchemaPrinter.Print(graph.Schema, new Graph.Engine.Types.SchemaPrinterOptions { IncludeAppliedDirectives = true });
        Assert.Contains("type Lead implements Node @authorize(roles: [\"ADMIN\", \"SALES\", \"MARKETING\", \"ANALYST\"])", sdl);
        Assert.Contains("medicalHistory: String @authorize(policy: \"Pet.medicalHistory\")", sdl);
        // Fields that may be refused are nullable, so a refusal does not null the object they are on.
        Assert.Contains("contractValue: Decimal @authorize(policy: \"Enrollment.contractValue\")", sdl);
    }

    [Fact]
    public void Docs_authorization_md_is_generated_from_the_rules()
    {
        var expected = AccessPolicyDocument.Render(Policy, RowAccessRules.All);
        var path = Path.Combine(RepositoryRoot(), "docs", "authorization.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
            File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/authorization.md is missing: run the tests with UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    private static Type EntityType(string typeName) =>
        typeof(GraphDbContext).Assembly.GetTypes().Single(t => t.Name == typeName && typeof(Entity).IsAssignableFrom(t));

    private Task<List<Guid>> IdsAsync(Type clrType, DataViewer viewer, LambdaExpression? predicate = null) =>
        graph.IdsAsync(clrType, viewer, predicate, NodeQueries.MaxNodesPerRequest);

    /// <summary>(node index, field) of every authorization error at <c>nodes[i].field</c>.</summary>
    private static HashSet<(int, string)> Refusals(JsonElement response)
    {
        var refused = new HashSet<(int, string)>();
        if (!response.TryGetProperty("errors", out var errors))
            return refused;
        foreach (var error in errors.EnumerateArray())
        {
            var code = error.GetProperty("extensions").GetProperty("code").GetString();
            Assert.True(code is "AUTH_NOT_AUTHORIZED" or "AUTH_NOT_AUTHENTICATED", error.GetRawText());
            var path = error.GetProperty("path");
            refused.Add((path[1].GetInt32(), path[2].GetString()!));
        }

        return refused;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("No Graph.sln above the test's directory.");
    }
}
