using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Argument Names (§5.4.1): arguments must be defined by the field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.Directive, SyntaxKind.Argument);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, List<string>> _directiveArguments = DirectiveCatalog.For(context).ArgumentNames;

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            if (node is DirectiveNode directive)
            {
                CheckDirectiveArguments(directive, context);

                // Directive arguments are checked here; the field-argument check must not see them.
                return false;
            }

            var argument = (ArgumentNode)node;
            if (context.Argument is null && context.FieldDef is { } fieldDef)
            {
                var name = argument.Name.Value;
                var suggestion = string.Empty;
                if (!context.HideSuggestions)
                {
                    var names = new List<string>(fieldDef.Arguments.Count);
                    foreach (var candidate in fieldDef.Arguments)
                    {
                        names.Add(candidate.Name);
                    }

                    suggestion = SuggestionList.DidYouMean(SuggestionList.For(name, names));
                }

                context.ReportError($"Unknown argument \"{name}\" on field \"{context.TypeInfo.FieldCoordinate}\".{suggestion}", argument);
            }

            return true;
        }

        private void CheckDirectiveArguments(DirectiveNode directive, ValidationContext context)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (known.Contains(name))
                {
                    continue;
                }

                var suggestion = context.HideSuggestions
                    ? string.Empty
                    : SuggestionList.DidYouMean(SuggestionList.For(name, known));
                context.ReportError($"Unknown argument \"{name}\" on directive \"@{directiveName}\".{suggestion}", argument);
            }
        }
    }
}
