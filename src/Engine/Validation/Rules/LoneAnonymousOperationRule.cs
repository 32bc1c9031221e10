using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Lone Anonymous Operation (§5.2.2.1): an anonymous operation must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Name is null && CountOperations(context.Document) > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", operation);
        }

        return true;
    }

    private static int CountOperations(DocumentNode document)
    {
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                count++;
            }
        }

        return count;
    }
}
