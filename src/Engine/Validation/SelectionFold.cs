using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>
/// Measures an operation's selections as execution would see them, fragment spreads expanded: each fragment is
/// measured once and remembered, so a fragment spread a thousand times costs one measurement and the work stays
/// linear in the document however large the operation it expands to. A fragment cycle (which NoFragmentCyclesRule
/// refuses) and an unknown fragment add nothing. One instance measures one document.
/// </summary>
internal sealed class SelectionFold(ValidationContext context)
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fieldCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _depths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _entered = new(StringComparer.Ordinal);

    /// <summary>The sum of <paramref name="measure"/> over every selection of the expanded tree. Use one
    /// <paramref name="measure"/> per instance: fragment totals are remembered.</summary>
    public long Count(SelectionSetNode selectionSet, Func<SelectionNode, long> measure)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total += measure(selection);
            total += selection switch
            {
                FieldNode { SelectionSet: { } children } => Count(children, measure),
                InlineFragmentNode inline => Count(inline.SelectionSet, measure),
                FragmentSpreadNode spread => Fragment(spread, _counts, 0L, set => Count(set, measure)),
                _ => 0,
            };
        }

        return total;
    }

    /// <summary>The fields of the expanded selection set itself (through fragments, not into fields).</summary>
    public long CountFields(SelectionSetNode selectionSet)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total += selection switch
            {
                FieldNode => 1,
                InlineFragmentNode inline => CountFields(inline.SelectionSet),
                FragmentSpreadNode spread => Fragment(spread, _fieldCounts, 0L, CountFields),
                _ => 0,
            };
        }

        return total;
    }

    /// <summary>The most fields nested in one another, <c>__schema</c> and <c>__type</c> left out (their depth has
    /// its own rule, MaxIntrospectionDepthRule).</summary>
    public int Depth(SelectionSetNode selectionSet)
    {
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } => 0,
                FieldNode field => 1 + (field.SelectionSet is { } children ? Depth(children) : 0),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => Fragment(spread, _depths, 0, Depth),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private T Fragment<T>(FragmentSpreadNode spread, Dictionary<string, T> known, T nothing, Func<SelectionSetNode, T> measure)
    {
        var name = spread.Name.Value;
        if (known.TryGetValue(name, out var value))
            return value;
        if (context.GetFragment(name) is not { } fragment || !_entered.Add(name))
            return nothing;
        value = measure(fragment.SelectionSet);
        _entered.Remove(name);
        known[name] = value;
        return value;
    }
}
