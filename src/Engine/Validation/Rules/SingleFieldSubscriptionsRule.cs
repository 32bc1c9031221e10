using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// Single Root Field (§5.2.3.1): a subscription selects exactly one root field, not an
/// introspection field, and without <c>@skip</c>/<c>@include</c> at the top level.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        var collector = new RootFieldCollector(context, subscriptionType);
        collector.CollectFields(operation.SelectionSet, null);
        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";

        if (collector.ForbiddenDirectives.Count > 0)
        {
            context.ReportError(
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.",
                collector.ForbiddenDirectives);
            return true;
        }

        var groups = collector.Groups;
        if (groups.Count == 0)
        {
            context.ReportError($"{subject} must select one top level field.", operation.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            var extra = new List<FieldNode>();
            for (var i = 1; i < groups.Count; i++)
            {
                extra.AddRange(groups[i]);
            }

            context.ReportError($"{subject} must select only one top level field.", extra);
        }

        foreach (var group in groups)
        {
            if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", group);
            }
        }

        return true;
    }

    /// <summary>CollectFields (§6.3.2) over the root selection set, refusing @skip and @include.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType runtimeType)
    {
        private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);

        // Per fragment, the @defer directives it was collected under (null: none).
        private readonly Dictionary<string, HashSet<DirectiveNode?>> _visitedFragments = new(StringComparer.Ordinal);

        public List<List<FieldNode>> Groups { get; } = [];

        public List<DirectiveNode> ForbiddenDirectives { get; } = [];

        public void CollectFields(SelectionSetNode selectionSet, DirectiveNode? deferUsage)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                context.SpendFragmentWork(FindDirective(selection.Directives, "defer")?.Arguments.Count ?? 0);
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (!ShouldInclude(field))
                        {
                            continue;
                        }

                        if (_groupIndex.TryGetValue(field.ResponseKey, out var index))
                        {
                            Groups[index].Add(field);
                        }
                        else
                        {
                            _groupIndex[field.ResponseKey] = Groups.Count;
                            Groups.Add([field]);
                        }

                        break;
                    case InlineFragmentNode inlineFragment:
                        if (!ShouldInclude(inlineFragment) || !DoesFragmentConditionMatch(inlineFragment.TypeCondition))
                        {
                            continue;
                        }

                        CollectFields(inlineFragment.SelectionSet, GetDeferUsage(inlineFragment) ?? deferUsage);
                        break;
                    case FragmentSpreadNode spread:
                        if (!ShouldInclude(spread)
                            || context.GetFragment(spread.Name.Value) is not { } fragment
                            || !DoesFragmentConditionMatch(fragment.TypeCondition))
                        {
                            continue;
                        }

                        var usage = GetDeferUsage(spread) ?? deferUsage;
                        if (!_visitedFragments.TryGetValue(spread.Name.Value, out var visited))
                        {
                            visited = [];
                            _visitedFragments[spread.Name.Value] = visited;
                        }

                        if (visited.Contains(null) || (usage is not null && visited.Contains(usage)))
                        {
                            continue;
                        }

                        visited.Add(usage);
                        CollectFields(fragment.SelectionSet, usage);
                        break;
                }
            }
        }

        private bool ShouldInclude(SelectionNode selection)
        {
            if (FindDirective(selection.Directives, "skip") is { } skip)
            {
                ForbiddenDirectives.Add(skip);
                return false;
            }

            if (FindDirective(selection.Directives, "include") is { } include)
            {
                ForbiddenDirectives.Add(include);
                return false;
            }

            return true;
        }

        private bool DoesFragmentConditionMatch(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditionalType = context.Schema.GetType(typeCondition.Name.Value);
            if (ReferenceEquals(conditionalType, runtimeType))
            {
                return true;
            }

            return conditionalType is InterfaceType or UnionType && context.Schema.IsSubType(conditionalType, runtimeType);
        }

        // @defer(if: false) defers nothing; without variable values any other @defer applies.
        private static DirectiveNode? GetDeferUsage(SelectionNode selection)
        {
            var defer = FindDirective(selection.Directives, "defer");
            if (defer is null)
            {
                return null;
            }

            foreach (var argument in defer.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode { Value: false })
                {
                    return null;
                }
            }

            return defer;
        }

        private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
        {
            foreach (var directive in directives)
            {
                if (directive.Name.Value == name)
                {
                    return directive;
                }
            }

            return null;
        }
    }
}
