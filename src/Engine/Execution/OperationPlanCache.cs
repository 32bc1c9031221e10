using System.Runtime.CompilerServices;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Execution;

/// <summary>
/// Field plans shared by every request that runs the same (cached) operation against the same schema. Plans
/// depend on variables only through @skip/@include, so operations whose @skip/@include use variables are not
/// shared; everything else (field groupings, definitions, variable-free arguments) is computed once.
/// </summary>
internal static class OperationPlanCache
{
    private static readonly ConditionalWeakTable<OperationDefinitionNode, Entry> Entries = new();
    private static readonly ConditionalWeakTable<DocumentNode, IReadOnlyDictionary<string, FragmentDefinitionNode>> FragmentMaps = new();

    public static Entry? Get(GraphSchema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (Entries.TryGetValue(operation, out var entry))
        {
            return entry.Schema == schema && entry.Shareable ? entry : null;
        }

        entry = new Entry(schema, !DirectivesUseVariables(operation.SelectionSet, fragments, []));
        Entries.AddOrUpdate(operation, entry);
        return entry.Shareable ? entry : null;
    }

    public static IReadOnlyDictionary<string, FragmentDefinitionNode> GetFragments(DocumentNode document) =>
        FragmentMaps.GetValue(document, static d =>
        {
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in d.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }

            return fragments;
        });

    private static bool DirectivesUseVariables(
        SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include" && ArgumentValues.UsesVariables(directive.Arguments))
                {
                    return true;
                }
            }

            var nested = selection switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                    fragment.SelectionSet,
                _ => null,
            };
            if (nested is not null && DirectivesUseVariables(nested, fragments, visited))
            {
                return true;
            }
        }

        return false;
    }

    internal sealed class Entry(GraphSchema schema, bool shareable)
    {
        public GraphSchema Schema { get; } = schema;

        public bool Shareable { get; } = shareable;

        public SelectionPlan? RootPlan { get; set; }
    }
}
