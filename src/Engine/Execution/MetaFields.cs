using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// The introspection meta-fields (§4.1): <c>__typename</c> on every object (answered by the executor without a
/// resolver call), and <c>__schema</c>/<c>__type</c> on the query root only.
/// </summary>
internal static class MetaFields
{
    public static readonly OutputField TypeName = new("__typename", new NonNullType(StringPlaceholder.Instance));

    public static OutputField? Schema => null;

    public static OutputField? Type => null;

    /// <summary>graphql-js's <c>schema.getField</c>: a field of <paramref name="parentType"/>, or a meta-field.</summary>
    public static OutputField? GetFieldDefinition(GraphSchema schema, ObjectType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__typename":
                    return TypeName;
                case "__schema":
                    return ReferenceEquals(parentType, schema.QueryType) ? Schema : null;
                case "__type":
                    return ReferenceEquals(parentType, schema.QueryType) ? Type : null;
            }
        }

        return parentType.GetField(fieldName);
    }

    private sealed class StringPlaceholder() : ScalarType("String")
    {
        public static readonly StringPlaceholder Instance = new();

        public override object Serialize(object runtimeValue) => runtimeValue;

        public override object ParseValue(object inputValue) => inputValue;

        public override object ParseLiteral(Graph.Engine.Language.ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal;

        public override Graph.Engine.Language.ValueNode ValueToLiteral(object runtimeValue) => new Graph.Engine.Language.StringValueNode((string)runtimeValue);
    }
}
