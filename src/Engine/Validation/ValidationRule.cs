using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>
/// Receives enter/leave calls for the node kinds it declares while the document is walked once.
/// Returning false from <see cref="Enter"/> skips that node's subtree for this visitor only
/// (graphql-js's visitInParallel semantics).
/// </summary>
public abstract class ValidationVisitor
{
    public virtual bool Enter(SyntaxNode node, ValidationContext context) => true;

    public virtual void Leave(SyntaxNode node, ValidationContext context)
    {
    }
}

/// <summary>
/// A validation rule (§5). Rule objects are shared by every validation run and must hold no
/// per-document state: a stateless rule visits with itself, a stateful one returns a fresh
/// visitor from <see cref="CreateVisitor"/>.
/// </summary>
public abstract class ValidationRule : ValidationVisitor
{
    /// <summary>The node kinds whose <see cref="ValidationVisitor.Enter"/> the rule's visitor handles.</summary>
    public abstract ulong EnterKinds { get; }

    /// <summary>The node kinds whose <see cref="ValidationVisitor.Leave"/> the rule's visitor handles.</summary>
    public virtual ulong LeaveKinds => 0;

    public virtual ValidationVisitor CreateVisitor(ValidationContext context) => this;

    protected static ulong Kinds(params SyntaxKind[] kinds)
    {
        ulong mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1UL << (int)kind;
        }

        return mask;
    }
}
