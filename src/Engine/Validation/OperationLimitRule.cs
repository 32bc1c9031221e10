using Graph.Engine.Language;

namespace Graph.Engine.Validation;

/// <summary>
/// A limit on the shape of each operation, measured with fragments expanded (<see cref="SelectionFold"/>) before
/// anything runs; over the limit, one error per operation with <c>extensions.code</c>, the measure and the limit.
/// Not one of §5's rules: servers add them to refuse operations that would hurt them (graphql-armor, HotChocolate's
/// execution depth, Apollo Router's operation limits).
/// </summary>
public abstract class OperationLimitRule(int limit) : ValidationRule
{
    public int Limit { get; } = limit > 0 ? limit : throw new ArgumentOutOfRangeException(nameof(limit), limit, "A limit must be positive.");

    public override ulong EnterKinds { get; } = Kinds(SyntaxKind.OperationDefinition);

    /// <summary>The value of <c>extensions.code</c>.</summary>
    protected abstract string Code { get; }

    /// <summary>What is counted, as the message names it ("levels of nested fields", "aliases").</summary>
    protected abstract string Unit { get; }

    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(this, new SelectionFold(context));

    internal abstract long Measure(OperationDefinitionNode operation, SelectionFold fold);

    private sealed class Visitor(OperationLimitRule rule, SelectionFold fold) : ValidationVisitor
    {
        public override bool Enter(SyntaxNode node, ValidationContext context)
        {
            var operation = (OperationDefinitionNode)node;
            var measure = rule.Measure(operation, fold);
            if (measure > rule.Limit)
            {
                var name = operation.Name is { } named ? $"The operation \"{named.Value}\"" : "The operation";
                context.ReportError(new GraphQLError(
                    $"{name} has {measure} {rule.Unit}, over the limit of {rule.Limit}.",
                    operation.Location is { } location ? [location] : null,
                    extensions: new Dictionary<string, object?> { ["code"] = rule.Code, ["measured"] = measure, ["limit"] = rule.Limit }));
            }

            return false;
        }
    }
}
