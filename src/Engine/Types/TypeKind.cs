namespace Graph.Engine.Types;

/// <summary>The kinds of types, as introspection's <c>__TypeKind</c> names them (§4.2.1).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
