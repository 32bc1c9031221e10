using Graph.Engine.Types;
using DirectiveLocationValue = Graph.Engine.Types.DirectiveLocation;
using TypeKindValue = Graph.Engine.Types.TypeKind;

namespace Graph.Engine.Introspection;

public static partial class IntrospectionTypes
{
    private static EnumType CreateTypeKind()
    {
        var type = new EnumType("__TypeKind")
        {
            Description = "An enum describing what kind of type a given `__Type` is.",
            RuntimeType = typeof(TypeKindValue),
        };
        type.SetValues(
        [
            Value("SCALAR", TypeKindValue.Scalar, "Indicates this type is a scalar."),
            Value("OBJECT", TypeKindValue.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            Value("INTERFACE", TypeKindValue.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            Value("UNION", TypeKindValue.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
            Value("ENUM", TypeKindValue.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
            Value("INPUT_OBJECT", TypeKindValue.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
            Value("LIST", TypeKindValue.List, "Indicates this type is a list. `ofType` is a valid field."),
            Value("NON_NULL", TypeKindValue.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
        ]);
        return type;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation")
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
            RuntimeType = typeof(DirectiveLocationValue),
        };
        type.SetValues(
        [
            Value("QUERY", DirectiveLocationValue.Query, "Location adjacent to a query operation."),
            Value("MUTATION", DirectiveLocationValue.Mutation, "Location adjacent to a mutation operation."),
            Value("SUBSCRIPTION", DirectiveLocationValue.Subscription, "Location adjacent to a subscription operation."),
            Value("FIELD", DirectiveLocationValue.Field, "Location adjacent to a field."),
            Value("FRAGMENT_DEFINITION", DirectiveLocationValue.FragmentDefinition, "Location adjacent to a fragment definition."),
            Value("FRAGMENT_SPREAD", DirectiveLocationValue.FragmentSpread, "Location adjacent to a fragment spread."),
            Value("INLINE_FRAGMENT", DirectiveLocationValue.InlineFragment, "Location adjacent to an inline fragment."),
            Value("VARIABLE_DEFINITION", DirectiveLocationValue.VariableDefinition, "Location adjacent to an operation variable definition."),
            Value("FRAGMENT_VARIABLE_DEFINITION", DirectiveLocationValue.FragmentVariableDefinition, "Location adjacent to a fragment variable definition."),
            Value("SCHEMA", DirectiveLocationValue.Schema, "Location adjacent to a schema definition."),
            Value("SCALAR", DirectiveLocationValue.Scalar, "Location adjacent to a scalar definition."),
            Value("OBJECT", DirectiveLocationValue.Object, "Location adjacent to an object type definition."),
            Value("FIELD_DEFINITION", DirectiveLocationValue.FieldDefinition, "Location adjacent to a field definition."),
            Value("ARGUMENT_DEFINITION", DirectiveLocationValue.ArgumentDefinition, "Location adjacent to an argument definition."),
            Value("INTERFACE", DirectiveLocationValue.Interface, "Location adjacent to an interface definition."),
            Value("UNION", DirectiveLocationValue.Union, "Location adjacent to a union definition."),
            Value("ENUM", DirectiveLocationValue.Enum, "Location adjacent to an enum definition."),
            Value("ENUM_VALUE", DirectiveLocationValue.EnumValue, "Location adjacent to an enum value definition."),
            Value("INPUT_OBJECT", DirectiveLocationValue.InputObject, "Location adjacent to an input object type definition."),
            Value("INPUT_FIELD_DEFINITION", DirectiveLocationValue.InputFieldDefinition, "Location adjacent to an input object field definition."),
            Value("DIRECTIVE_DEFINITION", DirectiveLocationValue.DirectiveDefinition, "Location adjacent to a directive definition."),
        ]);
        return type;
    }

    private static Types.EnumValue Value(string name, object value, string description) =>
        new(name, value) { Description = description };
}
