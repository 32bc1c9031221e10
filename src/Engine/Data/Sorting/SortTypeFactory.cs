using Graph.Engine.Data.Expressions;
using Graph.Engine.Types;

namespace Graph.Engine.Data.Sorting;

/// <summary>Generates <c>XSortInput</c> types (and the one <c>SortEnumType</c>) like HotChocolate's sorting convention.</summary>
internal sealed class SortTypeFactory(EntityMetadata.Registry entities, IList<NamedType> schemaTypes)
{
    private readonly Dictionary<Type, ObjectSortInput> _inputs = [];
    private EnumType? _sortEnum;

    public EnumType SortEnum => _sortEnum ??= CreateSortEnum();

    public ObjectSortInput For(EntityMetadata entity)
    {
        if (_inputs.TryGetValue(entity.ClrType, out var existing))
        {
            return existing;
        }

        var type = new InputObjectType(entity.Type.Name + "SortInput");
        var input = new ObjectSortInput(type, entity);
        _inputs[entity.ClrType] = input;
        schemaTypes.Add(type);

        var fields = new List<InputValue>();
        foreach (var (field, property) in entity.Fields())
        {
            var named = field.Type.GetNamedType();
            if (named is ScalarType or EnumType)
            {
                if (!IsSortable(field, property))
                {
                    continue;
                }

                input.Fields[field.Name] = (property, null);
                fields.Add(new InputValue(field.Name, SortEnum) { Description = field.Description });
            }
            else if (LinqMethods.ElementType(property.PropertyType) is null && entities.For(property.PropertyType) is { } related)
            {
                var nested = For(related);
                input.Fields[field.Name] = (property, nested);
                fields.Add(new InputValue(field.Name, nested.Type) { Description = field.Description });
            }
        }

        type.SetFields(fields);
        return input;
    }

    /// <summary>Whether a scalar or enum field sorts (and so groups): its values compare.</summary>
    public static bool IsSortable(OutputField field, System.Reflection.PropertyInfo property) =>
        field.Type.GetNamedType() is ScalarType or EnumType && Comparisons.IsComparable(property.PropertyType);

    private EnumType CreateSortEnum()
    {
        var type = new EnumType("SortEnumType") { RuntimeType = typeof(SortEnumType) };
        type.SetValues([new EnumValue("ASC", SortEnumType.Asc), new EnumValue("DESC", SortEnumType.Desc)]);
        schemaTypes.Add(type);
        return type;
    }
}
