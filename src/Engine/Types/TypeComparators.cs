namespace Graph.Engine.Types;

/// <summary>Type relations the spec's rules use (graphql-js typeComparators).</summary>
public static class TypeComparators
{
    /// <summary>Whether two types are the same, wrappers included.</summary>
    public static bool IsEqualType(GraphType typeA, GraphType typeB) => (typeA, typeB) switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        (NonNullType a, NonNullType b) => IsEqualType(a.OfType, b.OfType),
        (ListType a, ListType b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (covariance).</summary>
    public static bool IsTypeSubTypeOf(GraphSchema schema, GraphType maybeSubType, GraphType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
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

    /// <summary>Whether two composite types can describe the same object (graphql-js doTypesOverlap).</summary>
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

        return typeB is InterfaceType or UnionType && schema.IsSubType(typeB, typeA);
    }
}
