using System.Reflection;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Authorization;

/// <summary>
/// HotChocolate's <c>@authorize</c> for this engine: <c>AddAuthorization()</c> declares the directive and the
/// <c>ApplyPolicy</c> enum and adds <see cref="AuthorizationConvention"/>, which reads <see cref="AuthorizeAttribute"/>s
/// and <c>@authorize</c>s written in SDL and guards each field's resolver.
/// </summary>
public static class AuthorizationSchema
{
    /// <summary>Where the transports put the caller (HotChocolate's <c>nameof(ClaimsPrincipal)</c>).</summary>
    public const string ClaimsPrincipalKey = "ClaimsPrincipal";

    /// <summary>HotChocolate's message for both codes.</summary>
    public const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    public const string NotAuthenticatedCode = "AUTH_NOT_AUTHENTICATED";

    public const string NotAuthorizedCode = "AUTH_NOT_AUTHORIZED";

    /// <summary>Adds <c>@authorize</c> and <c>ApplyPolicy</c> to the schema and checks them on every field.</summary>
    public static SchemaBuilder AddAuthorization(this SchemaBuilder builder)
    {
        var applyPolicy = CreateApplyPolicyType();
        return builder
            .AddType(applyPolicy)
            .AddDirective(CreateDirective(applyPolicy))
            .AddConvention(new AuthorizationConvention());
    }

    internal static string ApplyPolicyName(ApplyPolicy value) => value switch
    {
        ApplyPolicy.AfterResolver => "AFTER_RESOLVER",
        ApplyPolicy.Validation => "VALIDATION",
        _ => "BEFORE_RESOLVER",
    };

    internal static ApplyPolicy ParseApplyPolicy(string name) => name switch
    {
        "AFTER_RESOLVER" => ApplyPolicy.AfterResolver,
        "VALIDATION" => ApplyPolicy.Validation,
        _ => ApplyPolicy.BeforeResolver,
    };

    /// <summary>The <c>@authorize</c>s that guard a code-first field: its type's (or type extension's), then its own.</summary>
    internal static IEnumerable<AuthorizeAttribute> Attributes(MemberInfo member) =>
        (member.DeclaringType?.GetCustomAttributes<AuthorizeAttribute>(inherit: true) ?? [])
            .Concat(member.GetCustomAttributes<AuthorizeAttribute>(inherit: true));

    private static EnumType CreateApplyPolicyType()
    {
        var type = new EnumType("ApplyPolicy") { Description = "Defines when a policy shall be executed." };
        type.SetValues(
        [
            new EnumValue("BEFORE_RESOLVER", ApplyPolicy.BeforeResolver) { Description = "Before the resolver was executed." },
            new EnumValue("AFTER_RESOLVER", ApplyPolicy.AfterResolver) { Description = "After the resolver was executed." },
            new EnumValue("VALIDATION", ApplyPolicy.Validation) { Description = "The policy is applied in the validation step before the execution." },
        ]);
        return type;
    }

    // HotChocolate 14's definition, printed as its SDL prints it.
    private static DirectiveDefinition CreateDirective(EnumType applyPolicy) => new(AuthorizeDirective.Name)
    {
        Description = "The `@authorize` directive.",
        IsRepeatable = true,
        Locations = [DirectiveLocation.Object, DirectiveLocation.FieldDefinition],
        Arguments =
        [
            new InputValue("policy", Scalars.String) { Description = "The name of the authorization policy that determines access to the annotated resource." },
            new InputValue("roles", new ListType(new NonNullType(Scalars.String))) { Description = "Roles that are allowed to access the annotated resource." },
            new InputValue("apply", new NonNullType(applyPolicy))
            {
                Description = "Defines when when the authorize directive shall be applied.By default the authorize directives are applied during the validation phase.",
                DefaultValue = new EnumValueNode("BEFORE_RESOLVER"),
            },
        ],
    };
}
