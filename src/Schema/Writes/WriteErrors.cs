using Graph.Engine.Types;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Writes;

[GraphQLDescription("An input field's value is refused: missing, too long, of the wrong type, pointing at nothing, or outside what the column allows.")]
public sealed record ValidationError(string Message, [property: GraphQLDescription("The input field, as named in the input.")] string Field) : IMutationError;

[GraphQLDescription("Another row already has these values, which must be unique together.")]
public sealed record UniqueConstraintError(string Message, [property: GraphQLDescription("The input fields whose values collide.")] IReadOnlyList<string> Fields) : IMutationError;

[GraphQLDescription("The row changed after `expectedUpdatedAt`: read it again and reapply the change.")]
public sealed record ConcurrencyError(string Message) : IMutationError;

[GraphQLDescription("The time overlaps another booking of the same room or teacher (a database exclusion constraint: of concurrent requests for one slot, one wins).")]
public sealed record ReservationConflictError(string Message, [property: GraphQLDescription("The database constraint that refused the overlap.")] string Constraint) : IMutationError;
