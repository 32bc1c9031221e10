namespace Graph.Engine.Types;

/// <summary>The spec's type predicates (IsInputType, IsOutputType, …) and unwrapping helpers.</summary>
public static class TypeClassification
{
    /// <summary>IsInputType (§3.4.1): scalars, enums, input objects, and wrappers of those.</summary>
    public static bool IsInputType(this GraphType type) => type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>IsOutputType (§3.4.1): everything but input objects, and wrappers of those.</summary>
    public static bool IsOutputType(this GraphType type) => type.GetNamedType() is not InputObjectType;

    public static bool IsLeafType(this GraphType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this GraphType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this GraphType type) => type is InterfaceType or UnionType;

    public static bool IsNonNull(this GraphType type) => type is NonNullType;

    /// <summary>The type without its outermost non-null wrapper.</summary>
    public static GraphType Nullable(this GraphType type) => type is NonNullType nonNull ? nonNull.OfType : type;
}
