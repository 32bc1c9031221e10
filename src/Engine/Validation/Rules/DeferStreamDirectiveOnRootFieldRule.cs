using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// <c>@defer</c> and <c>@stream</c> may not apply to the root fields of mutations and
/// subscriptions (graphql-js 17's incremental-delivery rule).
/// </summary>
public sealed class DeferStreamDirectiveOnRootFieldRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly HashSet<string> _checkedFragments = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var operation = (OperationDefinitionNode)node;
            if (operation.Operation == OperationType.Query || context.Schema.GetRootType(operation.Operation) is not { } rootType)
            {
                return true;
            }

            var visited = new HashSet<string>(StringComparer.Ordinal);
            var operationName = KnownOperationTypesRule.OperationName(operation.Operation);
            if (Forbid(context, operationName, rootType, operation.SelectionSet, visited))
            {
                _checkedFragments.UnionWith(visited);
            }

            return true;
        }

        private bool Forbid(ValidationContext context, string operation, ObjectType rootType, SelectionSetNode selectionSet, HashSet<string> visited)
        {
            var valid = true;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (DeferStream.FindDirective(field.Directives, "stream") is { } stream)
                        {
                            valid = false;
                            context.ReportError($"Stream directive cannot be used on root {operation} type \"{rootType.Name}\".", stream);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (!visited.Add(spread.Name.Value) || context.GetFragment(spread.Name.Value) is not { } fragment)
                        {
                            break;
                        }

                        if (DeferStream.FindDirective(spread.Directives, "defer") is { } spreadDefer)
                        {
                            valid = false;
                            context.ReportError($"Defer directive cannot be used on root {operation} type \"{rootType.Name}\".", spreadDefer);
                        }

                        if (!_checkedFragments.Contains(spread.Name.Value))
                        {
                            valid = Forbid(context, operation, rootType, fragment.SelectionSet, visited) && valid;
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (DeferStream.FindDirective(inline.Directives, "defer") is { } inlineDefer)
                        {
                            valid = false;
                            context.ReportError($"Defer directive cannot be used on root {operation} type \"{rootType.Name}\".", inlineDefer);
                        }

                        valid = Forbid(context, operation, rootType, inline.SelectionSet, visited) && valid;
                        break;
                }
            }

            return valid;
        }
    }
}
