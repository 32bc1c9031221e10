using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>All Variables Used (§5.8.4), following fragment spreads.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        var usages = context.GetRecursiveVariableUsages(operation);
        if (operation.VariableDefinitions.Count == 0)
        {
            return true;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                context.ReportError(message, definition);
            }
        }

        return true;
    }
}
