using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Variable Uniqueness (§5.8.1).</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        if (definitions.Count < 2)
        {
            return true;
        }

        foreach (var (name, nodes) in Grouping.GroupByName(definitions, d => d.Variable.Name))
        {
            if (nodes.Count > 1)
            {
                context.ReportError($"There can be only one variable named \"${name}\".", nodes);
            }
        }

        return true;
    }
}
