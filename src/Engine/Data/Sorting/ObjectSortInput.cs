using System.Reflection;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Sorting;

/// <summary><c>XSortInput</c>: a <c>SortEnumType</c> per scalar property, a nested sort input per to-one relation.</summary>
internal sealed class ObjectSortInput(InputObjectType type, EntityMetadata entity)
{
    public InputObjectType Type { get; } = type;

    public EntityMetadata Entity { get; } = entity;

    public Dictionary<string, (PropertyInfo Property, ObjectSortInput? Nested)> Fields { get; } = new(StringComparer.Ordinal);
}
