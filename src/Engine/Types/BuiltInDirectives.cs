using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>The directives every schema has (§3.13), worded exactly as graphql-js defines them.</summary>
public static class BuiltInDirectives
{
    /// <summary>graphql-js DEFAULT_DEPRECATION_REASON.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new("include")
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments = [new InputValue("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." }],
    };

    public static DirectiveDefinition Skip { get; } = new("skip")
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments = [new InputValue("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." }],
    };

    public static DirectiveDefinition Deprecated { get; } = new("deprecated")
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Locations =
        [
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue,
            DirectiveLocation.DirectiveDefinition,
        ],
        Arguments =
        [
            new InputValue("reason", new NonNullType(Scalars.String))
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = new StringValueNode(DefaultDeprecationReason),
            },
        ],
    };

    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy")
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Locations = [DirectiveLocation.Scalar],
        Arguments = [new InputValue("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    public static DirectiveDefinition OneOf { get; } = new("oneOf")
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        Locations = [DirectiveLocation.InputObject],
    };

    /// <summary>graphql-js <c>specifiedDirectives</c>, in its order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(DirectiveDefinition directive) => IsBuiltIn(directive.Name);

    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
