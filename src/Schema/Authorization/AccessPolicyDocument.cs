using System.Text;
using Graph.Persistence.Access;
using Graph.Schema.Identity.Auth;
using Graph.Schema.Writes;

namespace Graph.Schema.Authorization;

/// <summary>Renders the access rules as <c>docs/authorization.md</c> (a test keeps the file equal to this).</summary>
public static class AccessPolicyDocument
{
    public static string Render(AccessPolicy policy, IReadOnlyList<RowRule> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("# Authorization");
        text.AppendLine();
        text.AppendLine("Generated from the rules each entity declares: its row rule beside its EF configuration");
        text.AppendLine("(`Readers` in `src/Persistence/<Module>/<Entity>.cs`) and its read and write rules in its module's declaration");
        text.AppendLine("(`src/Schema/<Module>/<Module>SchemaModule.cs`); do not edit: run the tests with `UPDATE_DOCS=1` after changing them.");
        text.AppendLine();
        text.AppendLine("## Rows");
        text.AppendLine();
        text.AppendLine("Which rows a caller reaches at all. The rule holds in every query: root connections, nested relations,");
        text.AppendLine("`totalCount`, `aggregate`, `node`/`nodes`, mutations and subscription events. Types not listed are public.");
        text.AppendLine();
        text.AppendLine("| type | rows read by |");
        text.AppendLine("|---|---|");
        foreach (var rule in rows)
            text.AppendLine($"| `{rule.EntityType.Name}` | {rule.Readers} |");
        text.AppendLine();
        text.AppendLine("## Types and fields");
        text.AppendLine();
        text.AppendLine("Who reads each type, and the fields read more narrowly than their type, as the schema's `@authorize`s say.");
        text.AppendLine("A field refused is null with an error (`AUTH_NOT_AUTHENTICATED` when nobody is signed in, else");
        text.AppendLine("`AUTH_NOT_AUTHORIZED`). A condition is checked on each row; roles hold for every row.");
        text.AppendLine();
        text.AppendLine("| type or field | read by | `@authorize` |");
        text.AppendLine("|---|---|---|");
        foreach (var rule in policy.Rules)
            text.AppendLine($"| `{rule.Coordinate}` | {Readers(rule)} | {Directive(rule)} |");
        text.AppendLine();
        text.AppendLine("## Filtering, sorting and aggregates");
        text.AppendLine();
        text.AppendLine("A `where`, an `order` or an `aggregate` that reads a field tells about rows even when the field is not");
        text.AppendLine("selected, so it reads the field as the caller may: as it is where the roles of its rule (and of its type's)");
        text.AppendLine("allow every row, else as null on each row its condition does not grant (every row, for a rule without one).");
        text.AppendLine("A filter then matches no hidden value, a sort and its cursors place hidden values as nulls, and `sum`, `avg`,");
        text.AppendLine("`min` and `max` leave them out; nothing is refused, and a field without a rule is read as it is.");
        text.AppendLine();
        text.AppendLine("## Writes");
        text.AppendLine();
        text.AppendLine("Who may `create`, `update` and `delete` each type. A rule's roles allow the write on any row the caller reads; its");
        text.AppendLine("condition must hold on the row before the change (update, delete) and after it (create, update), inside the");
        text.AppendLine("write's transaction. A row the caller cannot read is a `NotFoundError`; a write no rule allows is");
        text.AppendLine("`AUTH_NOT_AUTHORIZED` (`AUTH_NOT_AUTHENTICATED` when nobody is signed in), and nothing is written.");
        text.AppendLine();
        text.AppendLine("| type | create | update | delete | fields | left out: the caller |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var (type, writes) in policy.Writes.Where(w => w.Value.Offered != WriteOperations.None))
        {
            text.AppendLine($"| `{type}` | {Writers(type, writes, WriteOperations.Create)} | {Writers(type, writes, WriteOperations.Update)} | "
                + $"{Writers(type, writes, WriteOperations.Delete)} | {FieldWriters(writes)} | {string.Join(", ", writes.CallerDefaults.Select(f => $"`{f}`"))} |");
        }

        var workflows = policy.Writes.Where(w => w.Value.Offered == WriteOperations.None).Select(w => $"`{w.Key}`").ToList();
        if (workflows.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"No generated writes (their module's own mutations, or the server alone, write them): {string.Join(", ", workflows)}.");
        }

        return text.ToString();
    }

    private static string Writers(string type, EntityWrites writes, WriteOperations operation)
    {
        if (!writes.Offered.HasFlag(operation))
            return writes.AppendOnly && operation == WriteOperations.Delete ? "nobody (append-only)" : "—";
        return string.Join("; or ", writes.RulesFor(type, operation).Select(rule => string.Join("; ", new[]
        {
            rule.Roles.Count > 0 ? string.Join(", ", rule.Roles.Select(AuthClaims.RoleValue)) : null,
            rule.ConditionText,
        }.OfType<string>())));
    }

    private static string FieldWriters(EntityWrites writes) =>
        string.Join("<br>", writes.FieldRules.GroupBy(r => (string.Join(", ", r.Roles.Select(AuthClaims.RoleValue)), r.ExceptText)).Select(g =>
            $"{string.Join(", ", g.Select(r => $"`{r.FieldName}`"))}: {g.Key.Item1}{(g.Key.ExceptText is null ? "" : $", not {g.Key.ExceptText}")}"));

    private static string Readers(FieldAccess rule)
    {
        if (rule.IsPublic)
            return "anyone";
        var parts = new List<string>();
        if (rule.Roles.Count > 0)
            parts.Add(string.Join(", ", rule.Roles.Select(AuthClaims.RoleValue)));
        if (rule.ConditionText is not null)
            parts.Add(rule.ConditionText);
        return parts.Count == 0 ? "any signed-in caller" : string.Join("; ", parts);
    }

    private static string Directive(FieldAccess rule)
    {
        if (rule.IsPublic)
            return "none";
        if (rule.PolicyName is { } policy)
            return $"`@authorize(policy: \"{policy}\")`";
        return rule.Roles.Count == 0
            ? "`@authorize`"
            : $"`@authorize(roles: [{string.Join(", ", rule.Roles.Select(r => $"\"{AuthClaims.RoleValue(r)}\""))}])`";
    }
}
