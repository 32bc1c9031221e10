using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Projections;

/// <summary>
/// CollectFields (§6.3.2) below the resolving field: which fields the document selects on an object type, through
/// fragments and honouring <c>@skip</c>/<c>@include</c>. Grouped by field name (not response key): projections care
/// which members are read, not under which aliases.
/// </summary>
internal readonly struct SelectionCollector(GraphSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    public SelectionCollector(IResolverContext context)
        : this(context.Schema, context.Fragments, context.Variables)
    {
    }

    /// <summary>The sub-fields of <paramref name="fieldNodes"/> that apply to <paramref name="type"/>, by field name.</summary>
    public Dictionary<string, List<FieldNode>> Collect(IEnumerable<FieldNode> fieldNodes, ObjectType type)
    {
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                CollectSelectionSet(node.SelectionSet, type, fields, visited);
            }
        }

        return fields;
    }

    private void CollectSelectionSet(SelectionSetNode selectionSet, ObjectType type, Dictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.Name.Value, out var list))
                    {
                        fields[field.Name.Value] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(inline.TypeCondition.Name.Value, type):
                    CollectSelectionSet(inline.SelectionSet, type, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && Applies(fragment.TypeCondition.Name.Value, type):
                    CollectSelectionSet(fragment.SelectionSet, type, fields, visited);
                    break;
            }
        }
    }

    private bool Applies(string typeCondition, ObjectType type) =>
        typeCondition == type.Name || schema.GetType(typeCondition) is NamedType abstractType && abstractType is not ObjectType && schema.IsSubType(abstractType, type);

    private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) && value is true,
                _ => false,
            };
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
