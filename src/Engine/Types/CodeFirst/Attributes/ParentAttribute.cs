namespace Graph.Engine.Types;

/// <summary>Binds a resolver parameter to the parent object (the value the field is resolved on).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
