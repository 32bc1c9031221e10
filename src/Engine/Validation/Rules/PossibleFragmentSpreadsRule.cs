using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>Fragment Spread Is Possible (§5.5.2.3): the fragment's type can overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var parentType = context.ParentType;
        if (node is InlineFragmentNode)
        {
            if (context.Type is NamedType fragmentType && fragmentType.IsCompositeType() && parentType is not null
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return true;
        }

        var spread = (FragmentSpreadNode)node;
        var name = spread.Name.Value;
        if (GetFragmentType(context, name) is { } spreadType && parentType is not null
            && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, parentType))
        {
            context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{spreadType.Name}\".",
                node);
        }

        return true;
    }

    private static NamedType? GetFragmentType(ValidationContext context, string name) =>
        context.GetFragment(name) is { } fragment
        && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } type
        && type.IsCompositeType()
            ? type
            : null;
}
