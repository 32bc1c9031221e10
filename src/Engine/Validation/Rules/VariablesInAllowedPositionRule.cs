using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (§5.8.5): a variable's type must fit each position it is used
/// in, and a variable given to a OneOf input object field must be non-nullable.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override ulong EnterKinds => 0;

    public override ulong LeaveKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override void Leave(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        var usages = context.GetRecursiveVariableUsages(operation);
        if (usages.Count == 0)
        {
            return;
        }

        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            var definition = FindDefinition(operation, name);
            if (definition is null || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = AstTypes.TypeFromAst(context.Schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!AllowedVariableUsage(context.Schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>
    /// IsVariableUsageAllowed (§5.8.5): a nullable variable may fill a non-null position only when
    /// the variable or the position has a non-null default.
    /// </summary>
    private static bool AllowedVariableUsage(
        GraphSchema schema,
        GraphType variableType,
        ValueNode? variableDefaultValue,
        GraphType locationType,
        ValueNode? locationDefaultValue)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefaultValue = variableDefaultValue is not null and not NullValueNode;
            var hasLocationDefaultValue = locationDefaultValue is not null;
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }

    // The last definition of a name wins, as graphql-js's map does.
    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        VariableDefinitionNode? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                found = definition;
            }
        }

        return found;
    }
}
