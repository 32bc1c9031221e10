namespace Graph.Engine.Types;

/// <summary>Where a directive may appear (§3.13 DirectiveLocations; introspection's <c>__DirectiveLocation</c>).</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    // Appended (not in the spec's list): graphql-js 17 has them and introspection must list them the same.
    FragmentVariableDefinition,
    DirectiveDefinition,
}
