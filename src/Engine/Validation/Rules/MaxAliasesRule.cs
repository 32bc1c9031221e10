using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Refuses an operation with more aliased fields than the limit, counted as executed (an alias in a fragment
/// spread ten times counts ten times): aliases multiply the work of one field without making the document deeper.</summary>
public sealed class MaxAliasesRule(int limit) : OperationLimitRule(limit)
{
    public const string ErrorCode = "MAX_ALIASES_LIMIT";

    protected override string Code => ErrorCode;

    protected override string Unit => "aliases";

    internal override long Measure(OperationDefinitionNode operation, SelectionFold fold) =>
        fold.Count(operation.SelectionSet, static selection => selection is FieldNode { Alias: not null } ? 1 : 0);
}
