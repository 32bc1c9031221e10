using Graph.Engine.Authorization;
using Graph.Engine.Types;
using Graph.Schema.Identity.Auth;

namespace Graph.Schema.Authorization;

/// <summary>
/// Writes an <see cref="AccessPolicy"/> into the schema as HotChocolate's <c>@authorize</c>: a type rule on the object
/// type, a field rule on the field; roles as <c>roles:</c>, a condition as <c>policy:</c> (its coordinate, checked by
/// <see cref="AccessConditions"/>). Runs before the engine's authorization convention, which then guards the resolvers.
/// A field with a rule becomes nullable. A rule naming a type or field the schema lacks fails the build, so the
/// table cannot drift from the schema.
/// </summary>
internal sealed class AccessPolicyConvention(AccessPolicy policy) : ISchemaConvention
{
    public void Apply(SchemaConventionContext context)
    {
        foreach (var rule in policy.Rules)
        {
            if (rule.IsPublic)
                continue;
            var type = context.GetType(rule.TypeName) as ObjectType
                ?? throw new InvalidOperationException($"The access rule for {rule.Coordinate} names no object type of the schema.");
            var directive = new AuthorizeDirective(rule.Roles.Count > 0 && rule.Condition is null ? rule.Roles.Select(AuthClaims.RoleValue).ToArray() : null, rule.PolicyName, ApplyPolicy.BeforeResolver)
                .ToApplied();
            if (rule.IsType)
            {
                context.AddDirective(type, directive);
                continue;
            }

            var field = type.Fields.FirstOrDefault(f => f.Name == rule.FieldName)
                ?? throw new InvalidOperationException($"The access rule for {rule.Coordinate} names no field of {type.Name}.");
            context.AddDirective(field, directive);

            // A refused field is null: were it non-null, the null would wipe out the whole object it is on.
            if (field.Type is NonNullType nonNull)
                context.SetType(field, nonNull.OfType);
        }
    }
}
