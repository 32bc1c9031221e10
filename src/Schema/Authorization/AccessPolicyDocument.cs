using System.Text;
using Graph.Persistence.Access;
using Graph.Schema.Identity.Auth;

namespace Graph.Schema.Authorization;

/// <summary>Renders the access rules as <c>docs/authorization.md</c> (a test keeps the file equal to this).</summary>
public static class AccessPolicyDocument
{
    public static string Render(AccessPolicy policy, IReadOnlyList<RowRule> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("# Authorization");
        text.AppendLine();
        text.AppendLine("Generated from `src/Persistence/Access/RowAccessRules.cs` and `src/Schema/Authorization/CoreGraphAccess.cs`;");
        text.AppendLine("do not edit: run the tests with `UPDATE_SNAPSHOTS=1` after changing them.");
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
        return text.ToString();
    }

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
