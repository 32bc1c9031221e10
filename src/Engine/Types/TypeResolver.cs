using Graph.Engine.Execution;

namespace Graph.Engine.Types;

/// <summary>ResolveAbstractType (§6.4.3): the object type of a value whose field type is abstract.</summary>
public delegate ObjectType? TypeResolver(object value, IResolverContext context);
