using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// Subscriptions may use <c>@defer</c>/<c>@stream</c> only where they can be disabled
/// (graphql-js 17's incremental-delivery rule).
/// </summary>
public sealed class DeferStreamDirectiveOnValidOperationsRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    // @defer(if: false) and @defer(if: $variable) can be turned off.
    private static bool IfArgumentCanBeFalse(DirectiveNode directive) => DeferStream.FindArgument(directive, "if") switch
    {
        null => false,
        BooleanValueNode boolean => !boolean.Value,
        VariableNode => true,
        _ => false,
    };

    // A missing `if` is another rule's error; here a malformed @skip counts as skippable.
    private static bool CanBeSkippedViaSkip(DirectiveNode skip) => DeferStream.FindArgument(skip, "if") switch
    {
        null => true,
        BooleanValueNode boolean => boolean.Value,
        _ => true,
    };

    private static bool CanBeSkippedViaInclude(DirectiveNode include) => DeferStream.FindArgument(include, "if") switch
    {
        null => false,
        BooleanValueNode boolean => !boolean.Value,
        _ => true,
    };

    private sealed class Visitor : ValidationVisitor
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var operation = (OperationDefinitionNode)node;
            if (operation.Operation != OperationType.Subscription)
            {
                return true;
            }

            var visited = new HashSet<string>(StringComparer.Ordinal);
            if (ForbidUnconditional(context, operation.SelectionSet, [], visited))
            {
                _checkedFragments.UnionWith(visited);
            }

            return true;
        }

        private bool ForbidUnconditional(ValidationContext context, SelectionSetNode selectionSet, List<FragmentSpreadNode> parents, HashSet<string> visited)
        {
            var valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                if (DeferStream.FindDirective(selection.Directives, "skip") is { } skip && CanBeSkippedViaSkip(skip))
                {
                    continue;
                }

                if (DeferStream.FindDirective(selection.Directives, "include") is { } include && CanBeSkippedViaInclude(include))
                {
                    continue;
                }

                foreach (var directive in selection.Directives)
                {
                    var name = directive.Name.Value;
                    if (name is not ("defer" or "stream") || IfArgumentCanBeFalse(directive))
                    {
                        continue;
                    }

                    valid = false;
                    var nodes = new List<SyntaxNode>(parents.Count + 1) { directive };
                    for (var i = parents.Count - 1; i >= 0; i--)
                    {
                        nodes.Add(parents[i]);
                    }

                    context.ReportError(
                        name == "defer"
                            ? "Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`."
                            : "Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.",
                        nodes);
                }

                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        var fragmentName = spread.Name.Value;
                        if (visited.Contains(fragmentName) || _checkedFragments.Contains(fragmentName))
                        {
                            continue;
                        }

                        visited.Add(fragmentName);
                        if (context.GetFragment(fragmentName) is { } fragment)
                        {
                            parents.Add(spread);
                            valid = ForbidUnconditional(context, fragment.SelectionSet, parents, visited) && valid;
                            parents.RemoveAt(parents.Count - 1);
                        }

                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        valid = ForbidUnconditional(context, fieldSelectionSet, parents, visited) && valid;
                        break;
                    case InlineFragmentNode inline:
                        valid = ForbidUnconditional(context, inline.SelectionSet, parents, visited) && valid;
                        break;
                }
            }

            return valid;
        }
    }
}
