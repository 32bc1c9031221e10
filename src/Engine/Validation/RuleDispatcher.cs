using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>
/// Runs every rule's visitor in one walk (graphql-js's visitInParallel): for each node, the
/// visitors interested in its kind are called in rule order, and a visitor that returned false
/// sits out that node's subtree while the others continue.
/// </summary>
internal sealed class RuleDispatcher : ValidationWalker
{
    private readonly ValidationContext _context;
    private readonly RuleSet _rules;
    private readonly ValidationVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;
    private int _skippingCount;

    public RuleDispatcher(ValidationContext context, RuleSet rules)
        : base(context.TypeInfo)
    {
        _context = context;
        _rules = rules;
        _visitors = new ValidationVisitor[rules.Rules.Count];
        for (var i = 0; i < _visitors.Length; i++)
        {
            _visitors[i] = rules.Rules[i].CreateVisitor(context);
        }

        _skipping = new SyntaxNode?[_visitors.Length];
    }

    protected override bool OnEnter(SyntaxNode node)
    {
        var interested = _rules.EnterByKind[(int)node.Kind];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (_skipping[index] is null && !_visitors[index].Enter(node, _context))
            {
                _skipping[index] = node;
                _skippingCount++;
            }
        }

        _context.Ancestors.Add(node);
        return true;
    }

    protected override void OnLeave(SyntaxNode node)
    {
        _context.Ancestors.RemoveAt(_context.Ancestors.Count - 1);
        var interested = _rules.LeaveByKind[(int)node.Kind];
        for (var i = 0; i < interested.Length; i++)
        {
            var index = interested[i];
            if (_skipping[index] is null)
            {
                _visitors[index].Leave(node, _context);
            }
        }

        if (_skippingCount > 0)
        {
            for (var i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skippingCount--;
                }
            }
        }
    }
}
