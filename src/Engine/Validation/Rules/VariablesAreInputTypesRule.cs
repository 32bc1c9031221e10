using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>Variables Are Input Types (§5.8.2).</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.VariableDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var definition = (VariableDefinitionNode)node;
        var type = AstTypes.TypeFromAst(context.Schema, definition.Type);
        if (type is not null && !type.IsInputType())
        {
            context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{ErrorPrinter.PrintType(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }
}
