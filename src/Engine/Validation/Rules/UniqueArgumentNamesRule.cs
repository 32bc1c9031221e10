using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Argument Uniqueness (§5.4.2).</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Field, SyntaxKind.Directive);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }

        foreach (var (name, nodes) in Grouping.GroupByName(arguments, a => a.Name))
        {
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one argument named \"{name}\".", nodes);
            }
        }

        return true;
    }
}
