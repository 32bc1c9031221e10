using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// Rejects introspection queries that nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> or <c>inputFields</c> three deep: such queries grow exponentially and are
/// a denial-of-service vector (graphql-js's MaxIntrospectionDepthRule, one of its recommended rules).
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Field);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        // Per fragment, the deepest entry depth at which a check completed under the limit and
        // the shallowest at which it reached the limit; both shared across root checks.
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var field = (FieldNode)node;
            if (field.Name.Value is "__schema" or "__type")
            {
                var visitedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
                if (CheckDepth(field, visitedFragments, 0, context))
                {
                    context.ReportError("Maximum introspection depth exceeded", field);
                    return false;
                }
            }

            return true;
        }

        private bool CheckDepth(SyntaxNode node, Dictionary<string, int> visitedFragments, int depth, ValidationContext context)
        {
            if (node is FragmentSpreadNode spread)
            {
                var fragmentName = spread.Name.Value;
                if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                    || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (context.GetFragment(fragmentName) is not { } fragment)
                {
                    return false;
                }

                visitedFragments[fragmentName] = depth;
                if (CheckDepth(fragment, visitedFragments, depth, context))
                {
                    _exceededFragments[fragmentName] = depth;
                    return true;
                }

                _checkedFragments[fragmentName] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentDefinitionNode fragmentDefinition => fragmentDefinition.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (CheckDepth(child, visitedFragments, depth, context))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
