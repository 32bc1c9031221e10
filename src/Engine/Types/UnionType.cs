namespace Graph.Engine.Types;

/// <summary>A union type (§3.8).</summary>
public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Picks the object type of a resolved value; null falls back to IsTypeOf / RuntimeType of the members.</summary>
    public TypeResolver? ResolveType { get; set; }
}
