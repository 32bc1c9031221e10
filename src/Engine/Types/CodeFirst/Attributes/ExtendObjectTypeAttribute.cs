namespace Graph.Engine.Types;

/// <summary>
/// Marks a class whose public members become fields of an existing object type (HotChocolate's
/// <c>[ExtendObjectType]</c>), so independent modules can each contribute root fields:
/// <c>[ExtendObjectType(OperationTypeNames.Query)] public sealed class UserQueries { … }</c>. Register it with
/// <see cref="SchemaBuilder.AddTypeExtension(Type)"/>. Its members resolve on an instance of the extension class
/// (from the services, else created once); <c>[Parent]</c> gives them the object being extended.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExtendObjectTypeAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name of the object type to extend.</summary>
    public string Name { get; } = name;
}
