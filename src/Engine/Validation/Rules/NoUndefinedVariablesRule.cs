using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>All Variable Uses Defined (§5.8.3), following fragment spreads.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                context.ReportError(message, usage.Node, operation);
            }
        }

        return true;
    }
}
