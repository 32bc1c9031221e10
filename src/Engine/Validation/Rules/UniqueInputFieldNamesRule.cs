using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Input Object Field Uniqueness (§5.6.3).</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.ObjectValue, SyntaxKind.ObjectField);

    public override ulong LeaveKinds { get; } = Kinds(SyntaxKind.ObjectValue);

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        // Field names seen per enclosing object value; errors are reported when a field is
        // entered, so they interleave with nested values in document order.
        private readonly Stack<Dictionary<string, NameNode>> _knownStack = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            if (node is ObjectValueNode)
            {
                _knownStack.Push(_known);
                _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                return true;
            }

            var name = ((ObjectFieldNode)node).Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one input field named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }

            return true;
        }

        public override void Leave(SyntaxNode node, ValidationContext context) => _known = _knownStack.Pop();
    }
}
