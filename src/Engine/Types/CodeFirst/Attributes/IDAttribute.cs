namespace Graph.Engine.Types;

/// <summary>Types a member or parameter as <c>ID</c> (strings, integers and GUIDs are accepted at runtime).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class IDAttribute : Attribute;
