namespace Graph.Schema.Relay;

/// <summary>The UUID key inside a global ID of one node type.</summary>
public static class NodeKeys
{
    public static bool TryParse(string? id, string typeName, out Guid key)
    {
        key = default;
        return NodeId.TryParse(id, out var parsed) && parsed.TypeName == typeName && parsed.TryGetGuid(out key);
    }
}
