using Graph.Engine;
using Graph.Engine.Language;
using Graph.Engine.Validation;

namespace Graph.Server.Execution;

/// <summary>
/// Rejects <c>__schema</c> and <c>__type</c> when introspection is off, worded and coded as HotChocolate does;
/// <c>__typename</c> stays allowed (clients need it to resolve abstract types).
/// </summary>
public sealed class IntrospectionNotAllowedRule : ValidationRule
{
    public const string Message = "Introspection is not allowed for the current request.";

    /// <summary>HotChocolate's <c>ErrorCodes.Validation.IntrospectionNotAllowed</c>.</summary>
    public const string Code = "HC0046";

    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Field);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is "__schema" or "__type")
        {
            context.ReportError(new GraphQLError(
                Message,
                field.Location is { } location ? [location] : null,
                extensions: new Dictionary<string, object?> { ["code"] = Code, ["field"] = field.Name.Value }));
            return false;
        }

        return true;
    }
}
