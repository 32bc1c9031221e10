using System.Reflection;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Filtering;
using Graph.Engine.Data.Paging;
using Graph.Engine.Data.Resolvers;
using Graph.Engine.Data.Sorting;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Engine.Data;

/// <summary>
/// Finds the data fields of a code-first schema (<see cref="UseConnectionAttribute"/> on the member, or
/// <see cref="DataOptions.Field"/> by coordinate), generates their arguments and types, and wraps their resolvers.
/// </summary>
internal sealed class DataConvention(DataOptions options) : ISchemaConvention
{
    public void Apply(SchemaConventionContext context)
    {
        var types = context.Types;
        var entities = new EntityMetadata.Registry(options.Provider, types);
        context.SchemaData[EntityMetadata.Registry.SchemaKey] = entities;
        var filters = new FilterTypeFactory(entities, types);
        var sorts = new SortTypeFactory(entities, types);
        var connections = new ConnectionTypeFactory(types);
        var aggregates = new AggregateTypeFactory(types);
        var groups = new AggregateGroupTypeFactory(types);

        foreach (var objectType in types.OfType<ObjectType>().Where(t => t.RuntimeType is not null).ToList())
        {
            foreach (var field in objectType.Fields)
            {
                var member = (field.ContextData.TryGetValue(ClrSchemaFactory.MemberKey, out var declared) ? declared as MemberInfo : null)
                    ?? Member(objectType.RuntimeType!, field.Name);
                var fieldOptions = options.Fields.GetValueOrDefault(objectType.Name + "." + field.Name)?.Clone()
                    ?? member?.GetCustomAttribute<UseConnectionAttribute>()?.ToOptions();
                if (fieldOptions is null)
                {
                    continue;
                }

                Configure(objectType, field, member, fieldOptions, entities, filters, sorts, connections, aggregates, groups);
            }
        }
    }

    private void Configure(
        ObjectType parentType,
        OutputField field,
        MemberInfo? member,
        DataFieldOptions fieldOptions,
        EntityMetadata.Registry entities,
        FilterTypeFactory filters,
        SortTypeFactory sorts,
        ConnectionTypeFactory connections,
        AggregateTypeFactory aggregates,
        AggregateGroupTypeFactory groups)
    {
        var coordinate = parentType.Name + "." + field.Name;
        var elementType = fieldOptions.ElementType ?? (member is null ? null : ElementType(member));
        var entity = elementType is null ? null : entities.For(elementType);
        if (entity is null)
        {
            throw new SchemaException($"The data field \"{coordinate}\" must return IQueryable<T> or a collection of an object type.");
        }

        var filter = fieldOptions.Filtering ? filters.For(entity) : null;
        var sort = fieldOptions.Sorting ? sorts.For(entity) : null;
        var aggregate = fieldOptions.Aggregates && fieldOptions.Paging != PagingKind.None ? aggregates.For(entity) : null;
        var name = fieldOptions.ConnectionName ?? char.ToUpperInvariant(field.Name[0]) + field.Name[1..];
        var parentEntity = entities.For(parentType.RuntimeType!);
        var navigation = member is PropertyInfo property && parentEntity is { Key.Count: 1 } ? property : null;

        var group = aggregate is not null && fieldOptions.Groups ? groups.For(entity, aggregate) : null;
        var maxGroups = options.MaxGroups;
        var defaultGroups = Math.Min(options.DefaultGroups, maxGroups);
        var groupsField = group is null ? null : AggregateGroupTypeFactory.GroupsField(group, defaultGroups, maxGroups);

        ObjectType? pageType = null;
        ObjectType? edgeType = null;
        var arguments = new List<InputValue>(field.Arguments);
        switch (fieldOptions.Paging)
        {
            case PagingKind.Cursor:
                pageType = connections.Connection(name, entity.Type, fieldOptions.IncludeTotalCount, aggregate?.Type, groupsField);
                edgeType = (ObjectType)pageType.GetField("edges")!.Type.GetNamedType();
                arguments.AddRange(ConnectionTypeFactory.CursorArguments());
                break;
            case PagingKind.Offset:
                pageType = connections.CollectionSegment(name, entity.Type, fieldOptions.IncludeTotalCount, aggregate?.Type, groupsField);
                arguments.AddRange(ConnectionTypeFactory.OffsetArguments());
                break;
        }

        if (filter is not null)
        {
            arguments.Add(new InputValue("where", filter.Type));
        }

        if (sort is not null)
        {
            arguments.Add(new InputValue("order", new ListType(new NonNullType(sort.Type))));
        }

        var maxPageSize = fieldOptions.MaxPageSize ?? options.MaxPageSize;
        var dataField = new DataField
        {
            Field = field,
            Coordinate = coordinate,
            Entity = entity,
            Entities = entities,
            Options = fieldOptions,
            DefaultPageSize = Math.Min(fieldOptions.DefaultPageSize ?? options.DefaultPageSize, maxPageSize),
            MaxPageSize = maxPageSize,
            Filter = filter,
            Sort = sort,
            PageType = pageType,
            EdgeType = edgeType,
            Aggregates = aggregate,
            Groups = group,
            DefaultGroups = defaultGroups,
            MaxGroups = maxGroups,
            Navigation = navigation,
            Parent = navigation is null ? null : parentEntity,
        };

        if (pageType is not null)
        {
            field.Type = pageType;
        }

        field.Arguments = arguments;
        field.ContextData[DataField.ContextKey] = dataField;
        field.Resolver = navigation is not null
            ? NestedResolver(dataField, parentType.RuntimeType!, parentEntity!.Key[0].PropertyType, entity.ClrType)
            : RootResolver(dataField, entity.ClrType, field.Resolver ?? throw new SchemaException($"The data field \"{coordinate}\" has no resolver."));
    }

    private static FieldResolver RootResolver(DataField field, Type elementType, FieldResolver inner)
    {
        var resolver = Activator.CreateInstance(typeof(RootDataResolver<>).MakeGenericType(elementType), field, inner)!;
        return (FieldResolver)Delegate.CreateDelegate(typeof(FieldResolver), resolver, resolver.GetType().GetMethod("ResolveAsync")!);
    }

    private static FieldResolver NestedResolver(DataField field, Type parentType, Type keyType, Type elementType)
    {
        var resolver = Activator.CreateInstance(typeof(NestedDataResolver<,,>).MakeGenericType(parentType, keyType, elementType), field)!;
        return (FieldResolver)Delegate.CreateDelegate(typeof(FieldResolver), resolver, resolver.GetType().GetMethod("ResolveAsync")!);
    }

    /// <summary>The property or method a code-first field was made from.</summary>
    private static MemberInfo? Member(Type type, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        return (MemberInfo?)type.GetProperties(flags).FirstOrDefault(p => NameConventions.FieldName(p) == fieldName)
            ?? type.GetMethods(flags).FirstOrDefault(m => !m.IsSpecialName && NameConventions.FieldName(m) == fieldName);
    }

    /// <summary>T of <c>IQueryable&lt;T&gt;</c>, <c>Task&lt;IQueryable&lt;T&gt;&gt;</c>, <c>ICollection&lt;T&gt;</c>, ….</summary>
    private static Type? ElementType(MemberInfo member)
    {
        var type = member switch
        {
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            _ => null,
        };
        if (type is { IsGenericType: true } && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        return type is null || type == typeof(string) ? null : Expressions.LinqMethods.ElementType(type);
    }
}
