namespace Graph.Engine.Types;

/// <summary>The SDL names of directive locations (<c>FIELD_DEFINITION</c>, …) and back.</summary>
public static class DirectiveLocations
{
    private static readonly Dictionary<string, DirectiveLocation> ByName = new(StringComparer.Ordinal)
    {
        ["QUERY"] = DirectiveLocation.Query,
        ["MUTATION"] = DirectiveLocation.Mutation,
        ["SUBSCRIPTION"] = DirectiveLocation.Subscription,
        ["FIELD"] = DirectiveLocation.Field,
        ["FRAGMENT_DEFINITION"] = DirectiveLocation.FragmentDefinition,
        ["FRAGMENT_SPREAD"] = DirectiveLocation.FragmentSpread,
        ["INLINE_FRAGMENT"] = DirectiveLocation.InlineFragment,
        ["VARIABLE_DEFINITION"] = DirectiveLocation.VariableDefinition,
        ["FRAGMENT_VARIABLE_DEFINITION"] = DirectiveLocation.FragmentVariableDefinition,
        ["SCHEMA"] = DirectiveLocation.Schema,
        ["SCALAR"] = DirectiveLocation.Scalar,
        ["OBJECT"] = DirectiveLocation.Object,
        ["FIELD_DEFINITION"] = DirectiveLocation.FieldDefinition,
        ["ARGUMENT_DEFINITION"] = DirectiveLocation.ArgumentDefinition,
        ["INTERFACE"] = DirectiveLocation.Interface,
        ["UNION"] = DirectiveLocation.Union,
        ["ENUM"] = DirectiveLocation.Enum,
        ["ENUM_VALUE"] = DirectiveLocation.EnumValue,
        ["INPUT_OBJECT"] = DirectiveLocation.InputObject,
        ["INPUT_FIELD_DEFINITION"] = DirectiveLocation.InputFieldDefinition,
        ["DIRECTIVE_DEFINITION"] = DirectiveLocation.DirectiveDefinition,
    };

    private static readonly Dictionary<DirectiveLocation, string> ToName = ByName.ToDictionary(p => p.Value, p => p.Key);

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    /// <summary>The location as SDL and introspection spell it, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string GetName(DirectiveLocation location) => ToName[location];
}
