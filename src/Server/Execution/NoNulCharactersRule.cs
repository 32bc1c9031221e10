using Graph.Engine;
using Graph.Engine.Language;
using Graph.Engine.Validation;

namespace Graph.Server.Execution;

/// <summary>
/// Refuses string literals holding U+0000 (written <c>\u0000</c>): PostgreSQL's text cannot store it, so such a value
/// could only fail deep in a write. <see cref="GraphQLRequestExecutor"/> refuses variables holding it the same way.
/// </summary>
public sealed class NoNulCharactersRule : ValidationRule
{
    public const string Code = "NUL_CHARACTER_NOT_ALLOWED";

    public const string Message = "Strings may not contain the NUL character (U+0000).";

    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.StringValue);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        if (((StringValueNode)node).Value.Contains('\0'))
            context.ReportError(new GraphQLError(Message, node.Location is { } location ? [location] : null, extensions: new Dictionary<string, object?> { ["code"] = Code }));
        return true;
    }

    /// <summary>Whether a variables value (as read from JSON) holds a string with U+0000 anywhere.</summary>
    public static bool AnyIn(object? value) => value switch
    {
        string text => text.Contains('\0'),
        IReadOnlyDictionary<string, object?> map => map.Any(entry => entry.Key.Contains('\0') || AnyIn(entry.Value)),
        IEnumerable<object?> list => list.Any(AnyIn),
        _ => false,
    };
}
