using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary><c>@stream</c> applies to list fields only (graphql-js 17's incremental-delivery rule).</summary>
public sealed class StreamDirectiveOnListFieldRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Directive);

    public override bool Enter(SyntaxNode node, ValidationContext context)
    {
        var directive = (DirectiveNode)node;
        if (directive.Name.Value == "stream"
            && context.FieldDef is { } fieldDef
            && context.ParentType is { } parentType
            && fieldDef.Type.Nullable() is not ListType)
        {
            context.ReportError(
                $"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{fieldDef.Name}\".",
                directive);
        }

        return true;
    }
}
