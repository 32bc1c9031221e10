namespace Graph.Schema.Data.Entities;

/// <summary>
/// How an EF entity (which cannot reference the engine) is shown as a GraphQL object type: the <c>Node</c>
/// interface with a global <c>id</c>, fields left out (secrets), descriptions.
/// </summary>
public sealed class EntityTypeOptions(Type clrType)
{
    public Type ClrType { get; } = clrType;

    public string? Description { get; set; }

    /// <summary>GraphQL field names never exposed (and so never filterable, sortable or projected).</summary>
    public HashSet<string> Hidden { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FieldDescriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>The foreign key property of a to-one field when it is not <c>{Navigation}Id</c> (field name → property name).</summary>
    public Dictionary<string, string> ForeignKeys { get; } = new(StringComparer.Ordinal);

    public EntityTypeOptions ForeignKey(string fieldName, string propertyName)
    {
        ForeignKeys[fieldName] = propertyName;
        return this;
    }

    public EntityTypeOptions Hide(params string[] fieldNames)
    {
        Hidden.UnionWith(fieldNames);
        return this;
    }

    public EntityTypeOptions Describe(string fieldName, string description)
    {
        FieldDescriptions[fieldName] = description;
        return this;
    }
}
