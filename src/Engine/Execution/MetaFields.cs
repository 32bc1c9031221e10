using Graph.Engine.Introspection;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// The introspection meta-fields (§4.1): <c>__typename</c> on every object (answered by the executor without a
/// resolver call), and <c>__schema</c>/<c>__type</c> on the query root only.
/// </summary>
internal static class MetaFields
{
    public static OutputField TypeName => IntrospectionFields.TypeName;

    /// <summary>graphql-js's <c>schema.getField</c>: a field of <paramref name="parentType"/>, or a meta-field.</summary>
    public static OutputField? GetFieldDefinition(GraphSchema schema, ObjectType parentType, string fieldName) =>
        fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_'
            ? IntrospectionFields.GetField(schema, parentType, fieldName)
            : parentType.GetField(fieldName);
}
