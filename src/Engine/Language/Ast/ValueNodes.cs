namespace Graph.Engine.Language;

/// <summary>Value[Const] (§2.9). Numbers keep their source text; coercion reads it.</summary>
public abstract record ValueNode : SyntaxNode;

/// <summary>Variable : $ Name (§2.10)</summary>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>IntValue : IntegerPart (§2.9.1)</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>FloatValue (§2.9.2)</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>StringValue (§2.9.4). <paramref name="Value"/> is the cooked value; Block tells a """block""" string.</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary>BooleanValue : one of true false (§2.9.3)</summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary>NullValue : null (§2.9.5)</summary>
public sealed record NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>EnumValue : Name but not true, false or null (§2.9.6)</summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>ListValue : [ Value* ] (§2.9.7)</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>ObjectValue : { ObjectField* } (§2.9.8)</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>ObjectField : Name : Value</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
