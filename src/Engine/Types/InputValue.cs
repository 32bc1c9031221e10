using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (§3.6.1, §3.10): graphql-js's
/// GraphQLArgument / GraphQLInputField. The default value is kept as a literal (what introspection's
/// <c>defaultValue</c> prints) and coerced when used.
/// </summary>
public sealed class InputValue(string name, GraphType type)
{
    public string Name { get; } = name;

    public GraphType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    /// <summary>The default value as a constant literal; null when the input value has no default.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>For code-first input objects and resolver parameters: the CLR member this value binds to.</summary>
    public System.Reflection.MemberInfo? ClrMember { get; internal set; }

    public override string ToString() => $"{Name}: {Type}";
}
