using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation.Rules;

/// <summary>Required Arguments (§5.4.2.1): non-null arguments without a default must be given.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override ulong EnterKinds => 0;

    // Checked on leave so that errors inside the arguments come first.
    public override ulong LeaveKinds { get; } = Kinds(SyntaxKind.Field, SyntaxKind.Directive);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredByDirective = DirectiveCatalog.For(context).RequiredArguments;

        public override void Leave(SyntaxNode node, ValidationContext context)
        {
            if (node is FieldNode field)
            {
                if (context.FieldDef is not { Arguments.Count: > 0 } fieldDef)
                {
                    return;
                }

                foreach (var argument in fieldDef.Arguments)
                {
                    if (argument.Type is NonNullType && argument.DefaultValue is null && !IsProvided(field.Arguments, argument.Name))
                    {
                        context.ReportError(
                            $"Argument \"{context.TypeInfo.FieldCoordinate}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                }

                return;
            }

            var directive = (DirectiveNode)node;
            var directiveName = directive.Name.Value;
            if (!_requiredByDirective.TryGetValue(directiveName, out var requiredArguments))
            {
                return;
            }

            foreach (var (name, type) in requiredArguments)
            {
                if (!IsProvided(directive.Arguments, name))
                {
                    context.ReportError(
                        $"Argument \"@{directiveName}({name}:)\" of type \"{type}\" is required, but it was not provided.",
                        directive);
                }
            }
        }
    }
}
