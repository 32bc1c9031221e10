using System.Text.Json;
using System.Text.Json.Serialization;

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
/// The outbox payload of <c>nodeChanged</c>, published under <c>nodeChanged:{TypeName}</c>. A deletion carries the row
/// as it was (<see cref="Snapshot"/>, the table row as JSON), so subscribers can still be asked whether they could read it.
/// </summary>
public sealed record NodeChange(
    ChangeOperation Operation, string TypeName, Guid Id, IReadOnlyList<string> ChangedFields, DateTimeOffset ChangedAt, JsonElement? Snapshot = null)
{
    public const string Field = "nodeChanged";

    /// <summary>The event as <see cref="ChangeCommit"/> writes it.</summary>
    public (string Topic, object Payload) Event => (Field + ":" + TypeName, this);
}
