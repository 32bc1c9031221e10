using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Persistence;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Writes;

/// <summary>What a committed write did to a node (GraphQL <c>ChangeOperation</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeOperation>))]
public enum ChangeOperation
{
    Created,
    Updated,
    Deleted,
}

/// <summary>
/// The outbox payload of <c>nodeChanged</c>, published under <c>nodeChanged:{TypeName}</c>. It carries the node as the
/// write left it (<see cref="Snapshot"/>, the table row as JSON), so a subscriber served late is still asked about, and
/// shown, that node: a deletion brings the row as it was; for the others the outbox's commit trigger reads the row of
/// <see cref="Table"/> as the transaction leaves it (migration 0015).
/// </summary>
public sealed record NodeChange(
    ChangeOperation Operation, string TypeName, Guid Id, IReadOnlyList<string> ChangedFields, DateTimeOffset ChangedAt, JsonElement? Snapshot = null)
{
    public const string Field = "nodeChanged";

    private static readonly Dictionary<string, string> Tables = GraphModel.Instance.GetEntityTypes()
        .Where(e => typeof(Entity).IsAssignableFrom(e.ClrType) && e.GetTableName() is not null)
        .ToDictionary(e => e.ClrType.Name, e => e.GetTableName()!, StringComparer.Ordinal);

    /// <summary>The node's table, where the commit trigger reads the snapshot.</summary>
    public string? Table => Tables.GetValueOrDefault(TypeName);

    /// <summary>The event as <see cref="ChangeCommit"/> writes it.</summary>
    [JsonIgnore]
    public (string Topic, object Payload) Event => (Field + ":" + TypeName, this);
}
