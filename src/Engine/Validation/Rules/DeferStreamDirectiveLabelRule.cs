using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>
/// <c>@defer</c>/<c>@stream</c> labels must be static strings, unique in the document
/// (graphql-js 17's incremental-delivery rule; matched by directive name, as graphql-js does).
/// </summary>
public sealed class DeferStreamDirectiveLabelRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Directive);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, DirectiveNode> _knownLabels = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var directive = (DirectiveNode)node;
            var name = directive.Name.Value;
            if (name is not ("defer" or "stream"))
            {
                return true;
            }

            var label = DeferStream.FindArgument(directive, "label");
            if (label is null or NullValueNode)
            {
                return true;
            }

            if (label is not StringValueNode stringLabel)
            {
                context.ReportError($"Argument \"@{name}(label:)\" must be a static string.", directive);
                return true;
            }

            if (_knownLabels.TryGetValue(stringLabel.Value, out var known))
            {
                context.ReportError(
                    "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.",
                    known,
                    directive);
            }
            else
            {
                _knownLabels[stringLabel.Value] = directive;
            }

            return true;
        }
    }
}
