using System.Linq.Expressions;
using Graph.Engine.Types;
using Graph.Persistence.Access;
using Graph.Persistence.Migrations;
using Graph.Persistence.Model;
using Graph.Schema.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.Schema.Writes;

/// <summary>One field of a write input: a column, a reference (<c>{relation}Id: ID</c>), or a module's own input.</summary>
/// <param name="Name">The input field's name.</param>
/// <param name="NodeField">The node type's field it writes (for <c>changedFields</c> and field rules).</param>
/// <param name="Property">The column's property (for a reference, its foreign key).</param>
/// <param name="Target">For a reference: the entity it points at.</param>
/// <param name="Input">For a module's own input: how it applies.</param>
/// <param name="Type">The input field's type without non-null.</param>
/// <param name="RequiredOnCreate">Non-null in the create input: NOT NULL without a default or a caller default.</param>
/// <param name="Nullable">Whether <c>null</c> may be written (clears the column).</param>
public sealed record WritableField(
    string Name,
    string NodeField,
    IProperty? Property,
    IEntityType? Target,
    WriteInput? Input,
    GraphType Type,
    bool RequiredOnCreate,
    bool Nullable,
    int? MaxLength);

/// <summary>How one entity is written, from its EF metadata and its module's declaration.</summary>
public sealed class EntityWriteModel
{
    private EntityWriteModel(EntityTypeOptions options, IEntityType entity, IReadOnlyList<WritableField> fields)
    {
        Options = options;
        Entity = entity;
        Fields = fields;
        Table = entity.GetTableName()!;
        SoftDelete = entity.FindProperty("DeletedAt");
    }

    public EntityTypeOptions Options { get; }

    public string TypeName => Options.TypeName;

    public Type ClrType => Options.ClrType;

    public IEntityType Entity { get; }

    public string Table { get; }

    public IReadOnlyList<WritableField> Fields { get; }

    /// <summary><c>deleted_at</c>, when deleting hides the row instead of removing it.</summary>
    public IProperty? SoftDelete { get; }

    public EntityWrites Writes => Options.Writes;

    public IReadOnlyList<WriteAccess> RulesFor(WriteOperations operation) => Writes.RulesFor(TypeName, operation);

    /// <summary>The input field of a node field or a column, for error messages.</summary>
    public string? InputNameOf(string column)
    {
        var table = StoreObjectIdentifier.Table(Table, Entity.GetSchema());
        return Fields.FirstOrDefault(f => f.Property?.GetColumnName(table) == column)?.Name;
    }

    /// <summary>
    /// The writable fields of an entity: every column its node type shows, but the key, the stamps, computed columns,
    /// <c>status</c> (moved by <c>update&lt;Type&gt;Status</c>), soft-delete stamps and the fields the module marks
    /// server-managed; a foreign key as <c>{relation}Id: ID</c> when the relation is a field.
    /// </summary>
    public static EntityWriteModel Create(EntityTypeOptions options, IEntityType entity, ObjectType type)
    {
        var writes = options.Writes;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var fields = new List<WritableField>();
        foreach (var property in entity.GetProperties())
        {
            if (property.IsPrimaryKey() || property.IsShadowProperty() || property.GetComputedColumnSql() is not null
                || property.Name is nameof(Persistence.Model.Entity.CreatedAt) or nameof(Persistence.Model.Entity.UpdatedAt) or "Status" or "DeletedAt")
                continue;

            var column = property.GetColumnName(table)!;
            var hasDefault = ColumnDefaults.Has(table.Name, column);
            var foreignKey = entity.FindForeignKeys(property).FirstOrDefault(fk => fk.DependentToPrincipal is not null);
            if (foreignKey is not null)
            {
                var relation = Camel(foreignKey.DependentToPrincipal!.Name);
                if (type.GetField(relation) is null || writes.ServerManaged.Contains(relation))
                    continue;
                var callerDefault = writes.CallerDefaults.Contains(relation);
                fields.Add(new WritableField(
                    relation + "Id", relation, property, foreignKey.PrincipalEntityType, null, Scalars.ID,
                    RequiredOnCreate: !property.IsNullable && !hasDefault && !callerDefault,
                    Nullable: property.IsNullable,
                    MaxLength: null));
                continue;
            }

            var name = Camel(property.Name);
            if (type.GetField(name) is not { } field || writes.ServerManaged.Contains(name))
                continue;
            fields.Add(new WritableField(
                name, name, property, null, null, InputType(field.Type),
                RequiredOnCreate: !property.IsNullable && !hasDefault,
                Nullable: property.IsNullable,
                MaxLength: property.GetMaxLength()));
        }

        // The node type's order, which is the entity class's.
        var order = type.Fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i);
        fields.Sort((x, y) => order.GetValueOrDefault(x.NodeField).CompareTo(order.GetValueOrDefault(y.NodeField)));
        foreach (var input in writes.Inputs)
            fields.Add(new WritableField(input.Name, input.Name, null, null, input, input.Type, input.RequiredOnCreate, Nullable: !input.RequiredOnCreate, MaxLength: null));

        return new EntityWriteModel(options, entity, fields);
    }

    /// <summary>An output field's scalar or enum type as an input type: <c>[Role!]!</c> becomes <c>[Role!]</c>.</summary>
    private static GraphType InputType(GraphType output)
    {
        var type = output is NonNullType nonNull ? nonNull.OfType : output;
        return type is ListType list ? new ListType(new NonNullType(list.OfType.GetNamedType())) : type.GetNamedType();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
