using System.Reflection;

namespace Graph.Engine.Types;

public sealed partial class SchemaBuilder
{
    private readonly List<(string TypeName, Type Extension)> _typeExtensions = [];

    /// <summary>Adds the fields of a class marked <see cref="ExtendObjectTypeAttribute"/> to the object type it names.</summary>
    public SchemaBuilder AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <inheritdoc cref="AddTypeExtension{T}"/>
    public SchemaBuilder AddTypeExtension(Type extension)
    {
        var target = extension.GetCustomAttribute<ExtendObjectTypeAttribute>()
            ?? throw new SchemaException($"{extension} is not a type extension: mark it [ExtendObjectType(\"TypeName\")].");
        _typeExtensions.Add((target.Name, extension));
        return this;
    }
}
