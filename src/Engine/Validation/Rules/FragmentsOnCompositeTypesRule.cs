using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>Fragments On Composite Types (§5.5.1.3).</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (IsNonCompositeType(context, condition))
                {
                    context.ReportError(
                        $"Fragment cannot condition on non composite type \"{ErrorPrinter.PrintType(condition)}\".",
                        condition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (IsNonCompositeType(context, fragment.TypeCondition))
                {
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{ErrorPrinter.PrintType(fragment.TypeCondition)}\".",
                        fragment.TypeCondition);
                }

                break;
        }

        return true;
    }

    private static bool IsNonCompositeType(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType();
}
