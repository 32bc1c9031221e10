using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>Leaf Field Selections (§5.3.3): leaves have no selection set, composites need one.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Field);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var field = (FieldNode)node;
        if (context.Type is not { } type)
        {
            return true;
        }

        if (type.GetNamedType().IsLeafType())
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?",
                field);
        }

        return true;
    }
}
