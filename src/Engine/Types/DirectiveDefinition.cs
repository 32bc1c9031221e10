using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>A directive the schema declares (§3.13), built in (<c>@skip</c>, <c>@include</c>, …) or custom.</summary>
public sealed class DirectiveDefinition(string name)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValue> Arguments { get; internal set; } = [];

    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; } = [];

    public bool IsRepeatable { get; internal set; }

    /// <summary>graphql-js 17 lets directive definitions be deprecated (<c>__Directive.isDeprecated</c>).</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public InputValue? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }

    public override string ToString() => "@" + Name;
}
