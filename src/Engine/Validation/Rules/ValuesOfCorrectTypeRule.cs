using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// Values of Correct Type (§5.6.1) and OneOf input objects (§5.6.3): every literal must be
/// coercible to the type its position expects. Each top-level literal is checked once, whole.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(
        SyntaxKind.NullValue,
        SyntaxKind.ListValue,
        SyntaxKind.ObjectValue,
        SyntaxKind.EnumValue,
        SyntaxKind.IntValue,
        SyntaxKind.FloatValue,
        SyntaxKind.StringValue,
        SyntaxKind.BooleanValue);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        // TypeInfo has already stepped into a list's item type, so a list checks against its parent.
        var type = node.Kind == SyntaxKind.ListValue ? context.ParentInputType : context.InputType;
        if (type is not null)
        {
            LiteralValidator.Validate((ValueNode)node, type, context);
        }

        return false;
    }
}
