using Graph.Engine.Types;

namespace Graph.Schema.Relay;

/// <summary>The Relay <c>Node</c> interface: an object <c>node(id:)</c> can fetch again by its global ID.</summary>
[GraphQLName("Node")]
[GraphQLDescription("The node interface is implemented by entities that have a global unique identifier.")]
public interface INode
{
    /// <summary>The global ID (<see cref="NodeId"/>), not the database key.</summary>
    [ID]
    string Id { get; }
}
