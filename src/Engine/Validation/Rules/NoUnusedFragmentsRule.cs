using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Fragments Must Be Used (§5.5.1.4): every fragment is reachable from some operation.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    public override ulong LeaveKinds { get; } = Kinds(SyntaxKind.Document);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            if (node is OperationDefinitionNode operation)
            {
                _operations.Add(operation);
            }
            else
            {
                _fragments.Add((FragmentDefinitionNode)node);
            }

            return false;
        }

        public override void Leave(SyntaxNode node, ValidationContext context)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragmentsForOperations(_operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
