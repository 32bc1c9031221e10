namespace Graph.Engine.Language;

/// <summary>A <see cref="SyntaxVisitor{TContext}"/> without a context: override Enter(node) and Leave(node).</summary>
public abstract class SyntaxWalker : SyntaxVisitor<object?>
{
    /// <summary>Walks <paramref name="root"/> and its descendants; false when a hook returned Break.</summary>
    public bool Walk(SyntaxNode root) => Visit(root, null);

    protected virtual VisitAction Enter(SyntaxNode node) => VisitAction.Continue;

    protected virtual VisitAction Leave(SyntaxNode node) => VisitAction.Continue;

    protected sealed override VisitAction Enter(SyntaxNode node, object? context) => Enter(node);

    protected sealed override VisitAction Leave(SyntaxNode node, object? context) => Leave(node);
}
