using System.Linq.Expressions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;

namespace Graph.Schema.Writes;

/// <summary>The operations <c>create&lt;Type&gt;</c>, <c>update&lt;Type&gt;</c> and <c>delete&lt;Type&gt;</c>.</summary>
[Flags]
public enum WriteOperations
{
    None = 0,
    Create = 1,
    Update = 2,
    Delete = 4,
    All = Create | Update | Delete,
}

/// <summary>
/// Who may make one kind of write to a type: callers with one of <see cref="Roles"/>, and anyone for whom
/// <see cref="Condition"/> holds on the row, checked on the row as it is before the write (update, delete) and as it
/// is after it (create, update) inside the write's transaction.
/// </summary>
public sealed record WriteAccess(
    string TypeName, WriteOperations Operations, IReadOnlyList<Role> Roles, string? ConditionText = null, LambdaExpression? Condition = null)
{
    /// <summary>Whether the roles allow the caller this write on any row they read.</summary>
    public bool AllowsWithoutRow(DataViewer viewer) => viewer.HasAny([.. Roles]);
}

/// <summary>
/// Who may set one field in a create or an update: callers with one of <see cref="Roles"/>, except on rows where
/// <see cref="Except"/> holds (checked on the row after the write): "only ADMIN sets roles", "nobody verifies themselves".
/// </summary>
public sealed record FieldWriteAccess(string Coordinate, IReadOnlyList<Role> Roles, string? ExceptText = null, LambdaExpression? Except = null)
{
    public string FieldName => Coordinate[(Coordinate.IndexOf('.') + 1)..];
}

/// <summary>An input field that is not a column (a password, hashed into one; a file, stored): how its value is applied to the entity.</summary>
/// <param name="Apply">Sets the entity from the value; answers a message when the value is refused (a <c>ValidationError</c> on the field).</param>
public sealed record WriteInput(string Name, ScalarType Type, bool RequiredOnCreate, string Description, Func<object, object?, WriteInputContext, ValueTask<string?>> Apply);

/// <summary>
/// What applying a module's own input may use, and what it leaves to do once the write is settled: a file stored for the
/// row is removed when the write is refused or fails, the file it replaced once the write commits.
/// </summary>
public sealed class WriteInputContext(IServiceProvider services, CancellationToken requestAborted)
{
    private readonly List<Action> _refused = [];
    private readonly List<Action> _committed = [];

    public IServiceProvider Services => services;

    public CancellationToken RequestAborted => requestAborted;

    /// <summary>Undoes what the input did outside the database, when the write does not commit.</summary>
    public void OnRefused(Action undo) => _refused.Add(undo);

    /// <summary>Finishes what the input did outside the database, once the write committed.</summary>
    public void OnCommitted(Action then) => _committed.Add(then);

    internal void Settle(bool committed)
    {
        foreach (var action in committed ? _committed : _refused)
            action();
    }
}

/// <summary>How a module declared an entity's writes (see <see cref="Data.Entities.NodeType{T}"/>).</summary>
public sealed class EntityWrites
{
    /// <summary>The generated mutations; a type whose writes are workflows of its module (webhooks) generates none.</summary>
    public WriteOperations Generated { get; set; } = WriteOperations.All;

    /// <summary>Append-only: records that accounting or audit depends on are never deleted.</summary>
    public bool AppendOnly { get; set; }

    public List<WriteAccess> Rules { get; } = [];

    public List<FieldWriteAccess> FieldRules { get; } = [];

    /// <summary>References that default to the caller when the input leaves them out (a customer's new pet is theirs).</summary>
    public HashSet<string> CallerDefaults { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields only the server sets (besides id, timestamps, computed columns and <c>status</c>).</summary>
    public HashSet<string> ServerManaged { get; } = new(StringComparer.Ordinal);

    public List<WriteInput> Inputs { get; } = [];

    /// <summary>What else a generated create writes in its transaction (a journey event, a notification), given the new
    /// row before it is saved and the moment of the change; answers the events those rows announce.</summary>
    public Func<GraphDbContext, object, DateTimeOffset, (string Topic, object Payload)[]>? AlsoOnCreate { get; set; }

    internal IEnumerable<string> NamedFields => CallerDefaults.Concat(ServerManaged).Concat(FieldRules.Select(r => r.FieldName));

    /// <summary>The operations the schema offers.</summary>
    public WriteOperations Offered => AppendOnly ? Generated & ~WriteOperations.Delete : Generated;

    /// <summary>The rules of <paramref name="operation"/>; a type without declared rules is written by ADMIN alone.</summary>
    public IReadOnlyList<WriteAccess> RulesFor(string typeName, WriteOperations operation) =>
        Rules.Count == 0 ? [new WriteAccess(typeName, WriteOperations.All, [Role.Admin])] : [.. Rules.Where(r => r.Operations.HasFlag(operation))];
}
