using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Introspection;

public static partial class IntrospectionTypes
{
    private static IEnumerable<OutputField> SchemaFields() =>
    [
        Define("description", Scalars.String, c => ((GraphSchema)c.Parent!).Description),
        Define("types", NonNull(ListOfNonNull(Type)), c => ((GraphSchema)c.Parent!).Types, "A list of all types supported by this server."),
        Define("queryType", NonNull(Type), c => ((GraphSchema)c.Parent!).QueryType, "The type that query operations will be rooted at."),
        Define("mutationType", Type, c => ((GraphSchema)c.Parent!).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
        Define("subscriptionType", Type, c => ((GraphSchema)c.Parent!).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
        Define(
            "directives",
            NonNull(ListOfNonNull(Directive)),
            c =>
            {
                var directives = ((GraphSchema)c.Parent!).Directives;
                return IncludeDeprecated(c) ? directives : WithoutDeprecated(directives, d => d.IsDeprecated);
            },
            "A list of all directives supported by this server.",
            IncludeDeprecatedArgument()),
    ];

    private static IEnumerable<OutputField> DirectiveFields() =>
    [
        Define("name", NonNull(Scalars.String), c => ((DirectiveDefinition)c.Parent!).Name),
        Define("description", Scalars.String, c => ((DirectiveDefinition)c.Parent!).Description),
        Define("isRepeatable", NonNull(Scalars.Boolean), c => Box(((DirectiveDefinition)c.Parent!).IsRepeatable)),
        Define("locations", NonNull(ListOfNonNull(DirectiveLocation)), c => ((DirectiveDefinition)c.Parent!).Locations),
        Define(
            "args",
            NonNull(ListOfNonNull(InputValue)),
            c => Arguments(((DirectiveDefinition)c.Parent!).Arguments, c),
            arguments: IncludeDeprecatedArgument()),
        Define("isDeprecated", NonNull(Scalars.Boolean), c => Box(((DirectiveDefinition)c.Parent!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, c => ((DirectiveDefinition)c.Parent!).DeprecationReason),
    ];

    private static IEnumerable<OutputField> TypeFields() =>
    [
        Define("kind", NonNull(TypeKind), c => ((GraphType)c.Parent!).Kind),
        Define("name", Scalars.String, c => (c.Parent as NamedType)?.Name),
        Define("description", Scalars.String, c => (c.Parent as NamedType)?.Description),
        Define("specifiedByURL", Scalars.String, c => (c.Parent as ScalarType)?.SpecifiedByUrl),
        Define(
            "fields",
            new ListType(new NonNullType(Field)),
            c => c.Parent is ComplexType complex
                ? IncludeDeprecated(c) ? complex.Fields : WithoutDeprecated(complex.Fields, f => f.IsDeprecated)
                : null,
            arguments: IncludeDeprecatedArgument()),
        Define("interfaces", new ListType(new NonNullType(Type)), c => (c.Parent as ComplexType)?.Interfaces),
        Define(
            "possibleTypes",
            new ListType(new NonNullType(Type)),
            c => c.Parent is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null),
        Define(
            "enumValues",
            new ListType(new NonNullType(EnumValue)),
            c => c.Parent is EnumType @enum
                ? IncludeDeprecated(c) ? @enum.Values : WithoutDeprecated(@enum.Values, v => v.IsDeprecated)
                : null,
            arguments: IncludeDeprecatedArgument()),
        Define(
            "inputFields",
            new ListType(new NonNullType(InputValue)),
            c => c.Parent is InputObjectType input ? Arguments(input.Fields, c) : null,
            arguments: IncludeDeprecatedArgument()),
        Define("ofType", Type, c => c.Parent switch { ListType list => list.OfType, NonNullType nonNull => nonNull.OfType, _ => null }),
        Define("isOneOf", Scalars.Boolean, c => c.Parent is InputObjectType input ? Box(input.IsOneOf) : null),
    ];

    private static IEnumerable<OutputField> FieldFields() =>
    [
        Define("name", NonNull(Scalars.String), c => ((OutputField)c.Parent!).Name),
        Define("description", Scalars.String, c => ((OutputField)c.Parent!).Description),
        Define(
            "args",
            NonNull(ListOfNonNull(InputValue)),
            c => Arguments(((OutputField)c.Parent!).Arguments, c),
            arguments: IncludeDeprecatedArgument()),
        Define("type", NonNull(Type), c => ((OutputField)c.Parent!).Type),
        Define("isDeprecated", NonNull(Scalars.Boolean), c => Box(((OutputField)c.Parent!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, c => ((OutputField)c.Parent!).DeprecationReason),
    ];

    private static IEnumerable<OutputField> InputValueFields() =>
    [
        Define("name", NonNull(Scalars.String), c => ((Types.InputValue)c.Parent!).Name),
        Define("description", Scalars.String, c => ((Types.InputValue)c.Parent!).Description),
        Define("type", NonNull(Type), c => ((Types.InputValue)c.Parent!).Type),
        Define(
            "defaultValue",
            Scalars.String,
            c => ((Types.InputValue)c.Parent!).DefaultValue is { } literal ? SdlText.Print(literal) : null,
            "A GraphQL-formatted string representing the default value for this input value."),
        Define("isDeprecated", NonNull(Scalars.Boolean), c => Box(((Types.InputValue)c.Parent!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, c => ((Types.InputValue)c.Parent!).DeprecationReason),
    ];

    private static IEnumerable<OutputField> EnumValueFields() =>
    [
        Define("name", NonNull(Scalars.String), c => ((Types.EnumValue)c.Parent!).Name),
        Define("description", Scalars.String, c => ((Types.EnumValue)c.Parent!).Description),
        Define("isDeprecated", NonNull(Scalars.Boolean), c => Box(((Types.EnumValue)c.Parent!).IsDeprecated)),
        Define("deprecationReason", Scalars.String, c => ((Types.EnumValue)c.Parent!).DeprecationReason),
    ];

    private static IReadOnlyList<Types.InputValue> Arguments(IReadOnlyList<Types.InputValue> values, IResolverContext context) =>
        IncludeDeprecated(context) ? values : WithoutDeprecated(values, v => v.IsDeprecated);

    private static object Box(bool value) => value ? BooleanType.True : BooleanType.False;
}
