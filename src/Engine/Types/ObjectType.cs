namespace Graph.Engine.Types;

/// <summary>An object type (§3.6).</summary>
public sealed class ObjectType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type whose instances are of this GraphQL type, when the schema is code-first.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>Tells whether a resolved value is of this type; used to resolve abstract types when set.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}
