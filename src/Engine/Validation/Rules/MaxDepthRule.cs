using Graph.Engine.Language;

namespace Graph.Engine.Validation.Rules;

/// <summary>Refuses an operation whose fields nest deeper than the limit (fragments expanded; introspection left to
/// <see cref="MaxIntrospectionDepthRule"/>), like graphql-armor's max-depth and HotChocolate's execution depth.</summary>
public sealed class MaxDepthRule(int limit) : OperationLimitRule(limit)
{
    public const string ErrorCode = "MAX_DEPTH_LIMIT";

    protected override string Code => ErrorCode;

    protected override string Unit => "levels of nested fields";

    internal override long Measure(OperationDefinitionNode operation, SelectionFold fold) => fold.Depth(operation.SelectionSet);
}
