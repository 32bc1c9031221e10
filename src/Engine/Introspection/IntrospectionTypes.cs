using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Introspection;

/// <summary>
/// The introspection types (§4.2) exactly as graphql-js 17 defines them: names, descriptions, field order and
/// arguments. Their resolvers read the engine's type model (parents are <see cref="GraphSchema"/>,
/// <see cref="GraphType"/>, <see cref="OutputField"/>, <see cref="InputValue"/>, <see cref="EnumValue"/> and
/// <see cref="DirectiveDefinition"/>).
/// </summary>
public static partial class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        Schema = new ObjectType("__Schema")
        {
            Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        };
        Directive = new ObjectType("__Directive")
        {
            Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        };
        Type = new ObjectType("__Type")
        {
            Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        };
        Field = new ObjectType("__Field")
        {
            Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        };
        InputValue = new ObjectType("__InputValue")
        {
            Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        };
        EnumValue = new ObjectType("__EnumValue")
        {
            Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        };
        TypeKind = CreateTypeKind();
        DirectiveLocation = CreateDirectiveLocation();

        Schema.SetFields(SchemaFields());
        Directive.SetFields(DirectiveFields());
        Type.SetFields(TypeFields());
        Field.SetFields(FieldFields());
        InputValue.SetFields(InputValueFields());
        EnumValue.SetFields(EnumValueFields());

        All = [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Directive { get; }

    public static EnumType DirectiveLocation { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static EnumType TypeKind { get; }

    /// <summary>graphql-js <c>introspectionTypes</c>, in its order.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>graphql-js isIntrospectionType.</summary>
    public static bool IsIntrospectionType(NamedType type) => type.Name is
        "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static GraphType NonNull(GraphType type) => new NonNullType(type);

    private static GraphType ListOfNonNull(GraphType type) => new ListType(new NonNullType(type));

    internal static OutputField Define(string name, GraphType type, Func<IResolverContext, object?> resolve, string? description = null, IReadOnlyList<InputValue>? arguments = null) =>
        new(name, type)
        {
            Description = description,
            Arguments = arguments ?? [],
            Resolver = context => new ValueTask<object?>(resolve(context)),
        };

    private static IReadOnlyList<InputValue> IncludeDeprecatedArgument() =>
        [new Types.InputValue("includeDeprecated", NonNull(Scalars.Boolean)) { DefaultValue = new BooleanValueNode(false) }];

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated)
    {
        foreach (var item in items)
        {
            if (isDeprecated(item))
            {
                var kept = new List<T>(items.Count);
                foreach (var candidate in items)
                {
                    if (!isDeprecated(candidate))
                    {
                        kept.Add(candidate);
                    }
                }

                return kept;
            }
        }

        return items;
    }
}
