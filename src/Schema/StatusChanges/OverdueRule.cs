using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Graph.Persistence.Model;

namespace Graph.Schema.StatusChanges;

/// <summary>
/// A status that turns OVERDUE by itself once the row's due date has passed: the rows of <see cref="Table"/> in one
/// of the <see cref="From"/> statuses whose <c>due_date</c> is before today are moved to <see cref="To"/>, each with
/// its status-changed and <c>nodeChanged</c> events. Declared beside its type's status field, as a public static
/// property of any type of this assembly; <see cref="OverdueJob"/> finds every one.
/// </summary>
public sealed record OverdueRule(string TypeName, string EventField, string Table, IReadOnlyList<string> From, string To)
{
    /// <summary>The rule for <typeparamref name="TNode"/>'s status, announced on <paramref name="eventField"/>: from
    /// <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static OverdueRule For<TNode, TStatus>(string eventField, TStatus[] from, TStatus to)
        where TNode : Entity
        where TStatus : struct, Enum
    {
        var table = GraphModel.Instance.FindEntityType(typeof(TNode))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TNode).Name} is not an entity of the graph.");
        return new OverdueRule(typeof(TNode).Name, eventField, table, [.. from.Select(StatusTransitions<TStatus>.Name)], StatusTransitions<TStatus>.Name(to));
    }

    private static readonly Lazy<IReadOnlyList<OverdueRule>> Found = new(() => typeof(OverdueRule).Assembly.GetTypes()
        .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
        .Where(p => p.PropertyType == typeof(OverdueRule))
        .Select(p => (OverdueRule)p.GetValue(null)!)
        .OrderBy(r => r.Table, StringComparer.Ordinal)
        .ToList());

    /// <summary>Every rule declared in this assembly.</summary>
    public static IReadOnlyList<OverdueRule> All => Found.Value;
}
