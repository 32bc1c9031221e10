using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Fragment spreads must not form cycles (§5.5.2.2).</summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        // Fragments already explored, so each cycle is reported once and the walk stays linear.
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                DetectCycleRecursive(fragment, context);
            }

            return false;
        }

        private void DetectCycleRecursive(FragmentDefinitionNode fragment, ValidationContext context)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        DetectCycleRecursive(spreadFragment, context);
                    }
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = new List<string>(cyclePath.Count);
                    for (var i = 0; i < cyclePath.Count - 1; i++)
                    {
                        via.Add("\"" + cyclePath[i].Name.Value + "\"");
                    }

                    var message = $"Cannot spread fragment \"{spreadName}\" within itself"
                        + (via.Count > 0 ? $" via {string.Join(", ", via)}." : ".");
                    context.ReportError(message, cyclePath);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
