using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Fragment Spread Target Defined (§5.5.2.1).</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.FragmentSpread);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var spread = (FragmentSpreadNode)node;
        if (context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}
