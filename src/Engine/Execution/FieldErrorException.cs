namespace Graph.Engine.Execution;

/// <summary>
/// Carries located field errors from a non-null position up to the nearest nullable parent (§6.4.4 "Handling
/// Field Errors"). Only the executor throws and catches it.
/// </summary>
internal sealed class FieldErrorException(IReadOnlyList<GraphQLError> errors) : Exception(errors[0].Message)
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
