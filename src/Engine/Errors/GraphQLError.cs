using Graph.Engine.Language;

namespace Graph.Engine;

/// <summary>
/// An error as the response carries it (§7.1.2): a message, the source locations it concerns,
/// the response path of the field it happened in, and extensions (always with <c>code</c> when known).
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<Location>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    /// <summary>Line/column pairs of the nodes involved; empty when none.</summary>
    public IReadOnlyList<Location> Locations { get; }

    /// <summary>Field names (string) and list indices (int) from the root to the failing field.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error; never serialized.</summary>
    public Exception? Exception { get; }

    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    public static GraphQLError FromNodes(string message, params SyntaxNode?[] nodes) =>
        new(message, nodes.Where(n => n?.Location is not null).Select(n => n!.Location!.Value).ToArray());

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithCode(string code)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(Extensions);
        extensions["code"] = code;
        return new GraphQLError(Message, Locations, Path, extensions, Exception);
    }

    public override string ToString() => Message;
}
