using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Every type a document references must be defined by the schema (§5.5.1.2, §5.8.2).</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.NamedType);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private HashSet<string>? _definedTypeNames;

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var typeName = ((NamedTypeNode)node).Name.Value;
            if (context.Schema.GetType(typeName) is not null || DefinedTypeNames(context).Contains(typeName))
            {
                return true;
            }

            var definition = context.CurrentDefinition;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
            {
                return true;
            }

            var suggestion = string.Empty;
            if (!context.HideSuggestions)
            {
                var candidates = new List<string>();
                if (isSdl)
                {
                    candidates.AddRange(StandardTypeNames);
                }

                foreach (var type in context.Schema.Types)
                {
                    candidates.Add(type.Name);
                }

                candidates.AddRange(DefinedTypeNames(context));
                suggestion = SuggestionList.DidYouMean(SuggestionList.For(typeName, candidates));
            }

            context.ReportError($"Unknown type \"{typeName}\".{suggestion}", node);
            return true;
        }

        private HashSet<string> DefinedTypeNames(ValidationContext context)
        {
            if (_definedTypeNames is null)
            {
                _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var definition in context.Document.Definitions)
                {
                    if (definition is TypeDefinitionNode type)
                    {
                        _definedTypeNames.Add(type.Name.Value);
                    }
                }
            }

            return _definedTypeNames;
        }
    }
}
