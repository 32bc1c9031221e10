namespace Graph.Schema.Composition;

// The root operation types have no fields of their own: every root field comes from a module's type extension,
// so no module edits a shared class.

/// <summary>The query root; modules add fields with <c>[ExtendObjectType(OperationTypeNames.Query)]</c>.</summary>
public sealed class Query;

/// <summary>The mutation root; it exists once a module extends it.</summary>
public sealed class Mutation;

/// <summary>The subscription root; it exists once a module extends it.</summary>
public sealed class Subscription;
