namespace Graph.Engine.Types;

/// <summary>An interface type (§3.7); interfaces may implement interfaces.</summary>
public sealed class InterfaceType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a resolved value; null falls back to IsTypeOf / RuntimeType of the possible types.</summary>
    public TypeResolver? ResolveType { get; set; }
}
