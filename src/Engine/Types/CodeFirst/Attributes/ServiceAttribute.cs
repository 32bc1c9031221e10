namespace Graph.Engine.Types;

/// <summary>Binds a resolver parameter to a service from <see cref="Execution.IResolverContext.Services"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;
