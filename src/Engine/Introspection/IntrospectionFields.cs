using Graph.Engine.Types;

namespace Graph.Engine.Introspection;

/// <summary>
/// The meta-fields (§4.2): <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> on every
/// composite type. They are not in any type's field list; the executor and validator look them up here.
/// </summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c></summary>
    public static OutputField Schema { get; } = IntrospectionTypes.Define(
        "__schema",
        new NonNullType(IntrospectionTypes.Schema),
        c => c.Schema,
        "Access the current type schema of this server.");

    /// <summary><c>__type(name: String!): __Type</c></summary>
    public static OutputField Type { get; } = IntrospectionTypes.Define(
        "__type",
        IntrospectionTypes.Type,
        c => c.Arguments.TryGetValue("name", out var name) && name is string typeName ? c.Schema.GetType(typeName) : null,
        "Request the type information of a single type.",
        [new InputValue("name", new NonNullType(Scalars.String))]);

    /// <summary><c>__typename: String!</c></summary>
    public static OutputField TypeName { get; } = IntrospectionTypes.Define(
        "__typename",
        new NonNullType(Scalars.String),
        c => c.ParentType.Name,
        "The name of the current Object type at runtime.");

    /// <summary>
    /// The field named <paramref name="fieldName"/> on <paramref name="parentType"/>, meta-fields included
    /// (graphql-js GraphQLSchema.getField): <c>__schema</c>/<c>__type</c> only on the query root.
    /// </summary>
    public static OutputField? GetField(GraphSchema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            switch (fieldName)
            {
                case "__schema":
                    return ReferenceEquals(schema.QueryType, parentType) ? Schema : null;
                case "__type":
                    return ReferenceEquals(schema.QueryType, parentType) ? Type : null;
                case "__typename":
                    return parentType is ObjectType or InterfaceType or UnionType ? TypeName : null;
            }
        }

        return (parentType as ComplexType)?.GetField(fieldName);
    }

    internal static bool IsMetaField(string name) => name is "__schema" or "__type" or "__typename";
}
