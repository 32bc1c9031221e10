using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// Field Selection Merging (§5.3.2): fields with the same response name must be mergeable —
/// same field and arguments unless their parents are distinct object types, compatible return
/// shapes, and mergeable sub-selections. Comparisons are memoized per pair of field collections
/// and fragments (as graphql-js does) so the check stays polynomial, and a work budget aborts
/// pathological documents.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.SelectionSet);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private FieldConflictFinder? _finder;

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            // Inline fragments merge into the enclosing response level, which checks them.
            if (context.GetAncestor(1) is InlineFragmentNode)
            {
                return true;
            }

            var selectionSet = (SelectionSetNode)node;
            var selections = selectionSet.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
            {
                return true;
            }

            _finder ??= new FieldConflictFinder(context);
            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                var nodes = new List<FieldNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.ReportError(
                    $"Fields \"{FieldConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }

            return true;
        }
    }
}
