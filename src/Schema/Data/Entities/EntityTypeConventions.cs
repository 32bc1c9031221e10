using System.Reflection;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Schema.Identity.Auth;
using Graph.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Data.Entities;

/// <summary>
/// Before the data conventions: leaves out hidden fields and types, so no filter, sort, projection or aggregate
/// ever reaches them.
/// </summary>
internal sealed class EntityHidingConvention(IReadOnlyList<EntityTypeOptions> entities, IReadOnlyCollection<Type> hiddenTypes) : ISchemaConvention
{
    public void Apply(SchemaConventionContext context)
    {
        foreach (var options in entities)
        {
            var type = context.Types.OfType<ObjectType>().First(t => t.RuntimeType == options.ClrType);
            EntityDeclarations.Check(options, type, options.Hidden, "hides");
            context.SetFields(type, type.Fields.Where(f => !options.Hidden.Contains(f.Name)).ToList());
        }

        foreach (var hidden in context.Types.OfType<ObjectType>().Where(t => t.RuntimeType is not null && hiddenTypes.Contains(t.RuntimeType)).ToList())
            context.Types.Remove(hidden);
    }
}

/// <summary>
/// After the data conventions: every entity type implements <c>Node</c> with <c>id: ID!</c> its global ID
/// (HotChocolate v14 format), gets its descriptions, and its to-one relations fall back to a batched
/// <see cref="EntityLoader{T}"/> when the parent was not projected (e.g. a mutation payload's row).
/// </summary>
internal sealed class EntityNodeConvention(IReadOnlyList<EntityTypeOptions> entities) : ISchemaConvention
{
    private static readonly MethodInfo LoadMethod = typeof(EntityNodeConvention).GetMethod(nameof(Load), BindingFlags.NonPublic | BindingFlags.Static)!;

    public void Apply(SchemaConventionContext context)
    {
        var node = context.GetType("Node") as InterfaceType;
        var entityTypes = entities.Select(e => e.ClrType).ToHashSet();
        foreach (var options in entities)
        {
            var type = context.Types.OfType<ObjectType>().First(t => t.RuntimeType == options.ClrType);
            EntityDeclarations.Check(options, type, options.NamedFields.Except(options.Hidden), "names");
            if (options.Description is not null)
                context.SetDescription(type, options.Description);

            var typeName = type.Name;
            var fields = new List<OutputField>();
            foreach (var field in type.Fields)
            {
                if (field.Name == "id")
                {
                    var id = new OutputField("id", new NonNullType(Scalars.ID))
                    {
                        Resolver = ctx => new ValueTask<object?>(NodeId.Format(typeName, ((Entity)ctx.Parent!).Id)),
                    };
                    context.SetDescription(id, "The global ID of this object (for `node(id:)`), not the database key.");
                    fields.Add(id);
                    continue;
                }

                if (options.FieldDescriptions.TryGetValue(field.Name, out var description))
                    context.SetDescription(field, description);

                var property = Property(options.ClrType, field.Name);
                if (property is not null && entityTypes.Contains(property.PropertyType))
                {
                    var foreignKey = GraphModel.Instance.FindEntityType(options.ClrType)?.FindNavigation(property.Name) is { IsOnDependent: true } navigation
                        ? navigation.ForeignKey.Properties.Single().PropertyInfo
                        : null;
                    if (foreignKey is not null && (foreignKey.PropertyType == typeof(Guid) || foreignKey.PropertyType == typeof(Guid?)))
                        field.Resolver = ToOne(property, foreignKey);
                }

                fields.Add(field);
            }

            context.SetFields(type, fields);
            if (node is not null && !type.Interfaces.Contains(node))
                context.SetInterfaces(type, type.Interfaces.Append(node));
        }
    }

    private static PropertyInfo? Property(Type type, string fieldName) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(p.Name, fieldName, StringComparison.OrdinalIgnoreCase));

    private static FieldResolver ToOne(PropertyInfo navigation, PropertyInfo foreignKey)
    {
        var load = (Func<IResolverContext, Guid, Task<object?>>)LoadMethod.MakeGenericMethod(navigation.PropertyType)
            .CreateDelegate(typeof(Func<IResolverContext, Guid, Task<object?>>));
        return async context =>
        {
            var parent = context.Parent;
            if (parent is null)
                return null;
            if (navigation.GetValue(parent) is { } loaded)
                return loaded;
            return foreignKey.GetValue(parent) is Guid key && key != Guid.Empty ? await load(context, key).ConfigureAwait(false) : null;
        };
    }

    private static async Task<object?> Load<T>(IResolverContext context, Guid key)
        where T : Entity =>
        await EntityLoader<T>.For(context).LoadAsync(key, context.RequestAborted).ConfigureAwait(false);
}

/// <summary>
/// Before the data conventions: the root connections modules declared (<see cref="NodeType{T}.RootConnection"/>), as
/// <c>Query</c> fields over the request's <see cref="GraphDbContext"/>, which the data conventions then page, filter and sort.
/// </summary>
internal sealed class RootConnectionConvention(IReadOnlyList<EntityTypeOptions> entities) : ISchemaConvention
{
    private static readonly MethodInfo RowsMethod = typeof(RootConnectionConvention).GetMethod(nameof(Rows), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DeletedRowsMethod = typeof(RootConnectionConvention).GetMethod(nameof(DeletedRows), BindingFlags.NonPublic | BindingFlags.Static)!;

    public void Apply(SchemaConventionContext context)
    {
        var query = (ObjectType)context.GetType(OperationTypeNames.Query)!;
        var fields = query.Fields.ToList();
        foreach (var options in entities)
        {
            var type = context.Types.OfType<ObjectType>().First(t => t.RuntimeType == options.ClrType);
            var rows = (Func<IResolverContext, object?>)RowsMethod.MakeGenericMethod(options.ClrType).CreateDelegate(typeof(Func<IResolverContext, object?>));
            foreach (var (name, description) in options.RootConnections)
            {
                if (fields.Exists(f => f.Name == name))
                    throw new SchemaException($"Query.{name} is declared twice (a root connection of {options.TypeName}).");
                var field = new OutputField(name, new ListType(new NonNullType(type))) { Resolver = ctx => new ValueTask<object?>(rows(ctx)) };
                context.SetDescription(field, description);
                fields.Add(field);
            }

            if (!options.DeletedRootConnections.Any())
                continue;
            var deletedRows = (Func<IResolverContext, object?>)DeletedRowsMethod.MakeGenericMethod(options.ClrType).CreateDelegate(typeof(Func<IResolverContext, object?>));
            foreach (var name in options.DeletedRootConnections)
            {
                var field = new OutputField(name, new ListType(new NonNullType(type))) { Resolver = ctx => new ValueTask<object?>(deletedRows(ctx)) };
                context.SetDescription(field, $"Deleted {options.TypeName} rows (hidden from every other read), for ADMIN; `restore{options.TypeName}` brings one back.");
                context.AddDirective(field, new AuthorizeDirective([AuthClaims.RoleValue(Role.Admin)], null, ApplyPolicy.BeforeResolver).ToApplied());
                fields.Add(field);
            }
        }

        context.SetFields(query, fields);
    }

    private static object? Rows<T>(IResolverContext context)
        where T : class =>
        Db(context).Set<T>();

    private static object? DeletedRows<T>(IResolverContext context)
        where T : class, ISoftDeleted =>
        Db(context).Set<T>().IgnoreQueryFilters([GraphDbContext.SoftDeleteFilter]).Where(e => e.DeletedAt != null);

    private static GraphDbContext Db(IResolverContext context) =>
        (GraphDbContext?)context.Services.GetService(typeof(GraphDbContext)) ?? throw new InvalidOperationException("No GraphDbContext is registered.");
}

/// <summary>A declaration that names a field the entity's type lacks fails the schema build, naming it.</summary>
internal static class EntityDeclarations
{
    public static void Check(EntityTypeOptions options, ObjectType type, IEnumerable<string> names, string verb)
    {
        var unknown = names.Distinct().Where(n => type.GetField(n) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new SchemaException(
                $"The declaration of {options.TypeName} {verb} {string.Join(", ", unknown.Select(n => $"\"{n}\""))}, which {(unknown.Count == 1 ? "is not a field" : "are not fields")} of {options.TypeName}.");
        }
    }
}
