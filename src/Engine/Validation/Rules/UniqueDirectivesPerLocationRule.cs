using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Directives Are Unique Per Location (§5.7.3): non-repeatable directives appear once per location.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    // Every kind that carries directives.
    public override ulong EnterKinds { get; } = Kinds(
        SyntaxKind.OperationDefinition,
        SyntaxKind.VariableDefinition,
        SyntaxKind.Field,
        SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment,
        SyntaxKind.FragmentDefinition,
        SyntaxKind.SchemaDefinition,
        SyntaxKind.SchemaExtension,
        SyntaxKind.ScalarTypeDefinition,
        SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.FieldDefinition,
        SyntaxKind.InputValueDefinition,
        SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.UnionTypeDefinition,
        SyntaxKind.EnumTypeDefinition,
        SyntaxKind.EnumValueDefinition,
        SyntaxKind.InputObjectTypeDefinition,
        SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeExtension,
        SyntaxKind.InputObjectTypeExtension,
        SyntaxKind.DirectiveDefinition,
        SyntaxKind.DirectiveExtension);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, bool> _unique = DirectiveCatalog.For(context).Unique;
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var directives = DirectivesOf(node);
            if (directives.Count == 0)
            {
                return true;
            }

            Dictionary<string, DirectiveNode>? seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives;
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                    if (!_typeDirectives.TryGetValue(typeName, out seen))
                    {
                        seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                        _typeDirectives[typeName] = seen;
                    }

                    break;
                case DirectiveDefinitionNode or DirectiveExtensionNode:
                    var directiveName = node is DirectiveDefinitionNode d ? d.Name.Value : ((DirectiveExtensionNode)node).Name.Value;
                    if (!_directiveDirectives.TryGetValue(directiveName, out seen))
                    {
                        seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                        _directiveDirectives[directiveName] = seen;
                    }

                    break;
                default:
                    seen = null;
                    break;
            }

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.TryGetValue(name, out var unique) || !unique)
                {
                    continue;
                }

                seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                if (seen.TryGetValue(name, out var previous))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", previous, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return true;
        }

        private static IReadOnlyList<DirectiveNode> DirectivesOf(SyntaxNode node) => node switch
        {
            ExecutableDefinitionNode definition => definition.Directives,
            SelectionNode selection => selection.Directives,
            VariableDefinitionNode variable => variable.Directives,
            SchemaDefinitionNode schema => schema.Directives,
            SchemaExtensionNode schemaExtension => schemaExtension.Directives,
            TypeDefinitionNode type => type.Directives,
            TypeExtensionNode extension => extension.Directives,
            FieldDefinitionNode field => field.Directives,
            InputValueDefinitionNode inputValue => inputValue.Directives,
            EnumValueDefinitionNode enumValue => enumValue.Directives,
            DirectiveDefinitionNode directiveDefinition => directiveDefinition.Directives,
            DirectiveExtensionNode directiveExtension => directiveExtension.Directives,
            _ => [],
        };
    }
}
