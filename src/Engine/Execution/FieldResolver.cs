namespace Graph.Engine.Execution;

/// <summary>ResolveFieldValue (§6.4.2): the value of one field for one parent.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// ResolveFieldEventStream (§6.3.1): the source event stream of a subscription root field. Each item the
/// stream yields becomes the root value of one execution of the subscription's selection set.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);
