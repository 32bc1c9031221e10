using System.Text;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>
/// The search behind OverlappingFieldsCanBeMergedRule (§5.3.2 FieldsInSetCanMerge): collects the
/// fields of selection sets and fragments once, and compares each pair of field collections,
/// field collection and fragment, or fragments at most once per mutual-exclusivity mode.
/// </summary>
internal sealed partial class FieldConflictFinder(ValidationContext context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly PairSet _comparedFieldsAndFragmentPairs = new(ordered: true);
    private readonly PairSet _comparedFragmentPairs = new(ordered: false);
    private readonly Dictionary<SelectionSetNode, FieldCollection> _collectionsWithoutType = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NamedType, Dictionary<SelectionSetNode, FieldCollection>> _collectionsByType = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = MaxComplexityBudget;

    public static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collection = CollectFields(parentType, selectionSet);

        // (A) Conflicts within the fields of this selection set; the only place this is done,
        // since every selection set is visited.
        CollectConflictsWithin(conflicts, collection);

        if (collection.Spreads.Count != 0 && (collection.Groups.Count != 0 || collection.Spreads.Count > 1))
        {
            var fragments = GetFragmentSpreads(collection);
            for (var i = 0; i < fragments.Count; i++)
            {
                // (B) Between these fields and each spread fragment.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collection, fragments[i]);

                // (C) Between each pair of fragments spread together.
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        FieldCollection collection,
        FragmentDefinitionNode? fragment)
    {
        SpendBudget(1);
        if (collection.Groups.Count == 0 || fragment is null)
        {
            return;
        }

        if (_comparedFieldsAndFragmentPairs.Has(collection, fragment, areMutuallyExclusive))
        {
            return;
        }

        _comparedFieldsAndFragmentPairs.Add(collection, fragment, areMutuallyExclusive);

        var fragmentCollection = CollectFragmentFields(fragment);
        var referencedFragments = GetFragmentSpreads(fragmentCollection);

        // A selection set is never compared with itself.
        if (ReferenceEquals(collection, fragmentCollection))
        {
            return;
        }

        // (D) Between the fields and the fragment's own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collection, fragmentCollection);

        // (E) Between the fields and the fragments the fragment spreads.
        foreach (var referenced in referencedFragments)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collection, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        FragmentDefinitionNode? fragment1,
        FragmentDefinitionNode? fragment2)
    {
        SpendBudget(2);
        if (ReferenceEquals(fragment1, fragment2) || fragment1 is null || fragment2 is null)
        {
            return;
        }

        if (_comparedFragmentPairs.Has(fragment1, fragment2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragment1, fragment2, areMutuallyExclusive);

        var collection1 = CollectFragmentFields(fragment1);
        var referenced1 = GetFragmentSpreads(collection1);
        var collection2 = CollectFragmentFields(fragment2);
        var referenced2 = GetFragmentSpreads(collection2);

        // (F) Between the two fragments' own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collection1, collection2);

        // (G) Between each fragment and the fragments the other one spreads.
        foreach (var referenced in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragment1, referenced);
        }

        foreach (var referenced in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragment2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collection1 = CollectFields(parentType1, selectionSet1);
        var fragments1 = GetFragmentSpreads(collection1);
        var collection2 = CollectFields(parentType2, selectionSet2);
        var fragments2 = GetFragmentSpreads(collection2);

        // (H) Between the two collections of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collection1, collection2);

        // (I) Between each collection and the fragments the other spreads.
        foreach (var fragment in fragments2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collection1, fragment);
        }

        foreach (var fragment in fragments1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collection2, fragment);
        }

        // (J) Between every fragment of the first and every fragment of the second.
        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldCollection collection)
    {
        foreach (var (responseName, fields) in collection.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    // Fields within one collection are never mutually exclusive.
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        FieldCollection collection1,
        FieldCollection collection2)
    {
        if (collection1.Groups.Count == 0 || collection2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in GetOverlappingFields(collection1, collection2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string Name, List<CollectedField> Fields1, List<CollectedField> Fields2)> GetOverlappingFields(
        FieldCollection collection1,
        FieldCollection collection2)
    {
        collection1.OverlappingFields ??= new Dictionary<FieldCollection, List<(string, List<CollectedField>, List<CollectedField>)>>();
        if (collection1.OverlappingFields.TryGetValue(collection2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<CollectedField>, List<CollectedField>)>();
        foreach (var (responseName, fields1) in collection1.Groups)
        {
            SpendBudget(1);
            if (collection2.GroupIndex.TryGetValue(responseName, out var index))
            {
                overlapping.Add((responseName, fields1, collection2.Groups[index].Fields));
            }
        }

        collection1.OverlappingFields[collection2] = overlapping;
        return overlapping;
    }

    /// <summary>Whether two fields with the same response name can merge, and why not.</summary>
    private Conflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        CollectedField field1,
        CollectedField field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;

        // Fields of two different object types can never apply to the same value, so they may
        // differ in name and arguments; interfaces and unions might overlap (now or later).
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType
                && field2.ParentType is ObjectType);

        SpendBudget(2);
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        var info1 = field1.Info;
        var info2 = field2.Info;
        if (!info1.Comparisons.TryGetValue(info2, out var comparison))
        {
            comparison = new FieldComparison();
            info1.Comparisons[info2] = comparison;
        }

        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            comparison.SameName ??= name1 == name2;
            if (comparison.SameName == false)
            {
                return new Conflict(
                    responseName,
                    $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields",
                    [node1],
                    [node2]);
            }

            comparison.SameArguments ??= SameArguments(info1.Arguments, info2.Arguments);
            if (comparison.SameArguments == false)
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (field1.StreamDirective is not null || field2.StreamDirective is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.StreamDirective is not null && field2.StreamDirective is not null)
            {
                comparison.SameStreamArguments ??= SameArguments(info1.StreamArguments, info2.StreamArguments);
                if (comparison.SameStreamArguments == true)
                {
                    reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                }
            }

            return new Conflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                type1?.GetNamedType(),
                selectionSet1,
                type2?.GetNamedType(),
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1.Nodes)
        {
            SpendBudget(1);
            if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)
                || GetValueKey(argument1.Value) != GetValueKey(value2))
            {
                return false;
            }
        }

        return true;
    }

    // Two fields return conflicting shapes unless their list and non-null wrappers match and their
    // leaf types are equal; composite types are compared through their sub-selections instead.
    private bool DoTypesConflict(GraphType type1, GraphType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendBudget(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (type1.IsLeafType() || type2.IsLeafType())
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        // Abbreviate while combining, rather than after expanding a whole tree of conflicts.
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;

            // Keep the deepest fields when truncating.
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
        }
    }
}
