using System.Reflection;

namespace Graph.Engine.Types;

internal sealed partial class ClrSchemaFactory
{
    private readonly List<(string TypeName, Type Extension)> _extensions = [];
    private readonly HashSet<string> _extendedTypes = new(StringComparer.Ordinal);

    /// <summary>Type extensions (<see cref="ExtendObjectTypeAttribute"/>) whose fields join the named object type when it is completed.</summary>
    public IEnumerable<(string TypeName, Type Extension)> Extensions
    {
        init => _extensions.AddRange(value);
    }

    private void AddExtensionFields(ComplexType type, List<OutputField> fields, HashSet<string> names, bool isSubscription)
    {
        foreach (var (typeName, extension) in _extensions)
        {
            if (typeName != type.Name)
            {
                continue;
            }

            if (type is not ObjectType)
            {
                throw new SchemaException($"{extension} extends \"{typeName}\", which is not an object type.");
            }

            _extendedTypes.Add(typeName);
            var instance = InstanceProvider(extension, isRoot: true);
            foreach (var field in MemberFields(type, extension, instance, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static, isSubscription))
            {
                if (!names.Add(field.Name))
                {
                    throw new SchemaException($"The field \"{typeName}.{field.Name}\" of {extension} is already defined.");
                }

                fields.Add(field);
            }
        }
    }

    /// <summary>An extension of a type no field reaches and nothing registers is a mistake worth failing the build for.</summary>
    private void EnsureExtensionsApplied()
    {
        foreach (var (typeName, extension) in _extensions)
        {
            if (!_extendedTypes.Contains(typeName))
            {
                throw new SchemaException($"{extension} extends \"{typeName}\", which is not a type of this schema.");
            }
        }
    }
}
