using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper around one (§3.4).</summary>
public abstract class GraphType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all wrappers (graphql-js's <c>getNamedType</c>).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type as SDL writes it, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphType
{
    protected NamedType(string name) => Name = name;

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>Directives applied to this type in the schema (e.g. <c>@oneOf</c>, <c>@authorize</c>).</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    /// <summary>The definition this type was built from, when it was built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>Extensions applied to this type when it was built from SDL.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}

/// <summary>[T] (§3.12)</summary>
public sealed class ListType(GraphType ofType) : GraphType
{
    public GraphType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => $"[{OfType}]";
}

/// <summary>T! (§3.12). <see cref="OfType"/> is never itself non-null.</summary>
public sealed class NonNullType : GraphType
{
    public NonNullType(GraphType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType GetNamedType() => OfType.GetNamedType();

    public override string ToString() => $"{OfType}!";
}
