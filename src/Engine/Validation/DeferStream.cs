using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>Directive lookups shared by the <c>@defer</c>/<c>@stream</c> rules.</summary>
internal static class DeferStream
{
    public static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    public static ValueNode? FindArgument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
