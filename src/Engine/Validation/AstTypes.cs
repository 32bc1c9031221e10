using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>graphql-js's typeFromAST: the schema type a type reference in a document denotes.</summary>
internal static class AstTypes
{
    /// <summary>The schema type a type reference names, or null when its named type is unknown.</summary>
    public static GraphType? TypeFromAst(GraphSchema schema, TypeNode typeNode)
    {
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromAst(schema, list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = TypeFromAst(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }
}
