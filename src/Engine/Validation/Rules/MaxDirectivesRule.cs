using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Refuses an operation that applies more directives than the limit, counted as executed (the operation's own
/// and those on every selection, fragments expanded): each one is evaluated for every value it applies to.</summary>
public sealed class MaxDirectivesRule(int limit) : OperationLimitRule(limit)
{
    public const string ErrorCode = "MAX_DIRECTIVES_LIMIT";

    protected override string Code => ErrorCode;

    protected override string Unit => "directives";

    internal override long Measure(OperationDefinitionNode operation, SelectionFold fold) =>
        operation.Directives.Count + fold.Count(operation.SelectionSet, static selection => selection.Directives.Count);
}
