using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>A field of an object or interface type (§3.6): graphql-js's GraphQLField.</summary>
public sealed class OutputField(string name, GraphType type)
{
    public string Name { get; } = name;

    public GraphType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValue> Arguments { get; internal set; } = [];

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>Produces the field's value; null means the default resolver (a property or key of the parent).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>For subscription root fields: produces the source event stream (§6.3.1 CreateSourceEventStream).</summary>
    public SubscribeResolver? Subscribe { get; set; }

    /// <summary>Free-form metadata for conventions built on the engine (paging, projections, authorization).</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

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

    public override string ToString() => Name;
}
