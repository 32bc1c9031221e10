using Graph.Persistence.Model;

namespace Graph.Schema.StatusChanges;

/// <summary>
/// A state machine as a table: each status with the statuses it may move to. Staying in the same status is
/// never a move. Each status type declares its table once (e.g. <c>BookingTransitions</c>) and every mutation
/// that changes the status asks it.
/// </summary>
public sealed class StatusTransitions<TStatus>
    where TStatus : struct, Enum
{
    private readonly Dictionary<TStatus, HashSet<TStatus>> _moves = [];

    public StatusTransitions<TStatus> From(TStatus from, params TStatus[] to)
    {
        if (!_moves.TryAdd(from, [.. to]))
            throw new InvalidOperationException($"The moves from {from} are already declared.");
        if (to.Contains(from))
            throw new InvalidOperationException($"{from} cannot move to itself.");
        return this;
    }

    /// <summary>The same moves except those to <paramref name="target"/> (a status only a workflow reaches).</summary>
    public StatusTransitions<TStatus> Without(TStatus target)
    {
        var table = new StatusTransitions<TStatus>();
        foreach (var (from, targets) in _moves)
            table.From(from, [.. targets.Where(t => !t.Equals(target))]);
        return table;
    }

    public bool Allows(TStatus from, TStatus to) => _moves.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>Whether the table has a row for <paramref name="status"/> (an empty one for a final status).</summary>
    public bool IsDeclared(TStatus status) => _moves.ContainsKey(status);

    public IReadOnlyCollection<TStatus> Targets(TStatus from) => _moves.TryGetValue(from, out var targets) ? targets : [];

    /// <summary>The refusal to answer when <see cref="Allows"/> is false.</summary>
    public InvalidStatusTransitionError Refusal(string typeName, TStatus from, TStatus to) =>
        new(from.Equals(to)
                ? $"The {typeName} is already {Name(from)}."
                : $"Cannot move the {typeName} from {Name(from)} to {Name(to)}.",
            Name(from),
            Name(to));

    /// <summary>The GraphQL name of a status (<c>SAMPLE_COLLECTED</c>).</summary>
    public static string Name(TStatus status) => EnumValues<TStatus>.ToSql(status);

    public static TStatus Parse(string name) => EnumValues<TStatus>.FromSql(name);
}
