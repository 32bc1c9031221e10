using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Directives Are Defined and Directives Are In Valid Locations (§5.7.1, §5.7.2).</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Directive);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string? GetDirectiveLocation(ValidationContext context)
    {
        var appliedTo = context.GetAncestor(1);
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => "QUERY",
                OperationType.Mutation => "MUTATION",
                _ => "SUBSCRIPTION",
            },
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => "VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => context.GetAncestor(2) is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, HashSet<string>> _locations = DirectiveCatalog.For(context).Locations;

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var directive = (DirectiveNode)node;
            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                context.ReportError($"Unknown directive \"@{name}\".", directive);
                return true;
            }

            var candidate = GetDirectiveLocation(context);
            if (candidate is not null && !locations.Contains(candidate))
            {
                context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", directive);
            }

            return true;
        }
    }
}
