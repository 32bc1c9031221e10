using Graph.Schema.Writes;

namespace Graph.Schema.StatusChanges;

/// <summary>
/// The outbox payload of a status change; statuses by their GraphQL names. Published under
/// <c>field:key</c> (e.g. <c>bookingStatusChanged:0193…</c>); the server's topic publisher also publishes it
/// under <c>field</c> for subscribers of every node.
/// </summary>
public sealed record StatusChange(Guid Id, string PreviousStatus, string Status, DateTimeOffset ChangedAt)
{
    public static string Topic(string field, Guid key) => field + ":" + key.ToString("D");

    /// <summary>The event as <see cref="ChangeCommit"/> writes it, on <paramref name="field"/>'s topic for this node.</summary>
    public (string Topic, object Payload) Event(string field) => (Topic(field, Id), this);

    /// <summary>The same change as every write announces it (<c>nodeChanged</c>).</summary>
    public (string Topic, object Payload) NodeChange(string typeName, params string[] alsoChanged) =>
        new NodeChange(ChangeOperation.Updated, typeName, Id, ["status", .. alsoChanged], ChangedAt).Event;
}
