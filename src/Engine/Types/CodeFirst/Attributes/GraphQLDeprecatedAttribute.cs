namespace Graph.Engine.Types;

/// <summary>Marks a field, argument, input field or enum value <c>@deprecated</c>; <see cref="ObsoleteAttribute"/> works too.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason = BuiltInDirectives.DefaultDeprecationReason) : Attribute
{
    public string Reason { get; } = reason;
}
