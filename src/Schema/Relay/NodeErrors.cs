using Graph.Engine;
using Graph.Engine.Execution;

namespace Graph.Schema.Relay;

/// <summary>The errors of <c>node</c>/<c>nodes</c>, worded like HotChocolate's, each with a code.</summary>
public static class NodeErrors
{
    public const string InvalidIdCode = "NODE_ID_INVALID";
    public const string UnknownTypeCode = "NODE_TYPE_UNKNOWN";

    /// <summary>HotChocolate's code for asking <c>nodes</c> for more IDs than allowed.</summary>
    public const string TooManyNodesCode = "HC0076";

    public static GraphQLError InvalidId(string id, IResolverContext context, ResponsePath path) =>
        Error("The node ID string has an invalid format.", InvalidIdCode, context, path, ("originalValue", id));

    public static GraphQLError UnknownType(string typeName, IResolverContext context, ResponsePath path) =>
        Error($"There is no node resolver registered for type `{typeName}`.", UnknownTypeCode, context, path, ("typeName", typeName));

    public static GraphQLError TooManyNodes(int requested, int allowed, IResolverContext context) =>
        Error(
            $"The maximum number of nodes that can be fetched at once is {allowed}. This selection tried to fetch {requested} nodes that exceeded the maximum allowed amount.",
            TooManyNodesCode,
            context,
            context.Path);

    private static GraphQLError Error(string message, string code, IResolverContext context, ResponsePath path, params (string Key, object? Value)[] extensions)
    {
        var values = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extensions)
            values[key] = value;
        var locations = context.FieldNodes.Where(n => n.Location is not null).Select(n => n.Location!.Value).ToArray();
        return new GraphQLError(message, locations, path.ToList(), values);
    }
}
