using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Refuses an operation that selects more root fields than the limit (through fragments): each root field is
/// an entry point that loads on its own.</summary>
public sealed class MaxRootFieldsRule(int limit) : OperationLimitRule(limit)
{
    public const string ErrorCode = "MAX_ROOT_FIELDS_LIMIT";

    protected override string Code => ErrorCode;

    protected override string Unit => "root fields";

    internal override long Measure(OperationDefinitionNode operation, SelectionFold fold) => fold.CountFields(operation.SelectionSet);
}
