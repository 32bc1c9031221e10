using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Executable Definitions (§5.1.1): a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Document);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                DirectiveExtensionNode directiveExtension => "\"" + directiveExtension.Name.Value + "\"",
                _ => "\"\"",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
