using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>Type relations the validation rules need (graphql-js's typeComparators and typeFromAST).</summary>
public static class TypeComparators
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

    /// <summary>Whether a value of <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphSchema schema, GraphType maybeSubType, GraphType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is InterfaceType or UnionType
            && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether some object type could be of both composite types.</summary>
    public static bool DoTypesOverlap(GraphSchema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is InterfaceType or UnionType)
        {
            if (typeB is InterfaceType or UnionType)
            {
                foreach (var possible in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        if (typeB is InterfaceType or UnionType)
        {
            return schema.IsSubType(typeB, typeA);
        }

        return false;
    }

    /// <summary>
    /// Structural equality of wrapped types; wrappers are allocated per reference, so identity
    /// (what graphql-js compares) would miss equal types.
    /// </summary>
    public static bool IsEqualType(GraphType a, GraphType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
