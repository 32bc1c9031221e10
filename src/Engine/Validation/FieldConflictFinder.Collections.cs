using System.Runtime.CompilerServices;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>The collections, per-field data and memo sets the conflict search works on.</summary>
internal sealed partial class FieldConflictFinder
{
    internal sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>The fields of a selection set grouped by response name (inline fragments flattened), and its spreads.</summary>
    private sealed class FieldCollection
    {
        public List<(string Name, List<CollectedField> Fields)> Groups { get; } = [];

        public Dictionary<string, int> GroupIndex { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public List<FragmentDefinitionNode?>? Fragments { get; set; }

        public Dictionary<FieldCollection, List<(string, List<CollectedField>, List<CollectedField>)>>? OverlappingFields { get; set; }

        public void Add(string responseName, CollectedField field)
        {
            if (GroupIndex.TryGetValue(responseName, out var index))
            {
                Groups[index].Fields.Add(field);
            }
            else
            {
                GroupIndex[responseName] = Groups.Count;
                Groups.Add((responseName, [field]));
            }
        }
    }

    private sealed class CollectedField(
        NamedType? parentType,
        FieldNode node,
        OutputField? definition,
        bool isSimpleLeaf,
        DirectiveNode? streamDirective)
    {
        private FieldInfo? _info;

        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public DirectiveNode? StreamDirective { get; } = streamDirective;

        // Prepared only when the field overlaps another.
        public FieldInfo Info => _info ??= new FieldInfo(ArgumentInfo.Create(Node.Arguments), ArgumentInfo.Create(StreamDirective?.Arguments));
    }

    private sealed class FieldInfo(ArgumentInfo? arguments, ArgumentInfo? streamArguments)
    {
        public Dictionary<FieldInfo, FieldComparison> Comparisons { get; } = [];

        public ArgumentInfo? Arguments { get; } = arguments;

        public ArgumentInfo? StreamArguments { get; } = streamArguments;
    }

    private sealed class FieldComparison
    {
        public bool? SameName { get; set; }

        public bool? SameArguments { get; set; }

        public bool? SameStreamArguments { get; set; }
    }

    private sealed class ArgumentInfo(IReadOnlyList<ArgumentNode> nodes)
    {
        public IReadOnlyList<ArgumentNode> Nodes { get; } = nodes;

        public Dictionary<string, ValueNode> Values { get; } = ToMap(nodes);

        public static ArgumentInfo? Create(IReadOnlyList<ArgumentNode>? nodes) =>
            nodes is null || nodes.Count == 0 ? null : new ArgumentInfo(nodes);

        private static Dictionary<string, ValueNode> ToMap(IReadOnlyList<ArgumentNode> nodes)
        {
            var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                values[node.Name.Value] = node.Value;
            }

            return values;
        }
    }

    /// <summary>
    /// Remembers compared pairs and whether they were compared as mutually exclusive: a pair
    /// compared non-exclusively also answers for an exclusive comparison, not the reverse.
    /// </summary>
    private sealed class PairSet(bool ordered)
    {
        private readonly Dictionary<(object, object), bool> _data = new(PairComparer.Instance);

        public bool Has(object a, object b, bool areMutuallyExclusive) =>
            Has1(a, b, areMutuallyExclusive) || (!ordered && Has1(b, a, areMutuallyExclusive));

        public void Add(object a, object b, bool areMutuallyExclusive) => _data[(a, b)] = areMutuallyExclusive;

        private bool Has1(object a, object b, bool areMutuallyExclusive) =>
            _data.TryGetValue((a, b), out var stored) && (areMutuallyExclusive || !stored);
    }

    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((object, object) x, (object, object) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
