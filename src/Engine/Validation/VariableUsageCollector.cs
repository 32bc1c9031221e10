using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>Finds the variables used in one operation or fragment, with the types their positions expect.</summary>
internal sealed class VariableUsageCollector : ValidationWalker
{
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(GraphSchema schema)
        : base(new TypeInfo(schema))
    {
    }

    public static List<VariableUsage> Collect(GraphSchema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        collector.Walk(definition);
        return collector._usages;
    }

    protected override bool OnEnter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            // A variable's own definition is not a usage.
            case SyntaxKind.VariableDefinition:
                return false;
            case SyntaxKind.Variable:
                _usages.Add(new VariableUsage((VariableNode)node, TypeInfo.InputType, TypeInfo.ParentInputType, TypeInfo.DefaultValue));
                return true;
            default:
                return true;
        }
    }

    protected override void OnLeave(SyntaxNode node)
    {
    }
}
