using Graph.Engine.Language;

namespace Graph.Engine.Validation;

internal static class Grouping
{
    /// <summary>Name nodes grouped by their value, groups in order of first appearance (graphql-js's groupBy).</summary>
    public static List<(string Name, List<NameNode> Nodes)> GroupByName<TNode>(IReadOnlyList<TNode> items, Func<TNode, NameNode> nameOf)
    {
        var groups = new List<(string Name, List<NameNode> Nodes)>();
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (indexByName.TryGetValue(name.Value, out var index))
            {
                groups[index].Nodes.Add(name);
            }
            else
            {
                indexByName[name.Value] = groups.Count;
                groups.Add((name.Value, [name]));
            }
        }

        return groups;
    }
}
