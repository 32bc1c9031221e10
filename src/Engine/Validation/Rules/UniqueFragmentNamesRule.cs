using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Fragment Name Uniqueness (§5.5.1.1).</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                var name = fragment.Name;
                if (_known.TryGetValue(name.Value, out var known))
                {
                    context.ReportError($"There can be only one fragment named \"{name.Value}\".", known, name);
                }
                else
                {
                    _known[name.Value] = name;
                }
            }

            return false;
        }
    }
}
