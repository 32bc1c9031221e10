using Graph.Schema.Writes;

namespace Graph.Schema.Data.Entities;

/// <summary>
/// Everything a module declared about one entity, as the schema's conventions read it (see <see cref="NodeType{T}"/>
/// for the declaration): how it is shown as a <c>Node</c> type, its connections, who reads and writes it.
/// </summary>
public sealed class EntityTypeOptions(Type clrType, string typeName)
{
    public Type ClrType { get; } = clrType;

    public string TypeName { get; } = typeName;

    public string? Description { get; set; }

    /// <summary>GraphQL field names never exposed (and so never filterable, sortable, projected or written).</summary>
    public HashSet<string> Hidden { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> FieldDescriptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Root connections of <c>Query</c> over every row the caller reads (field name → description).</summary>
    public List<(string Field, string? Description)> RootConnections { get; } = [];

    /// <summary>
    /// For a soft-deleted entity (<see cref="Persistence.Model.ISoftDeleted"/>): beside each root connection, one over
    /// its deleted rows for ADMIN (<c>leads</c> → <c>deletedLeads</c>), from which <c>restore&lt;Type&gt;</c> brings them back.
    /// </summary>
    public IEnumerable<string> DeletedRootConnections => typeof(Persistence.Model.ISoftDeleted).IsAssignableFrom(ClrType) && Writes.Offered.HasFlag(WriteOperations.Delete)
        ? RootConnections.Select(r => "deleted" + char.ToUpperInvariant(r.Field[0]) + r.Field[1..])
        : [];

    /// <summary>Navigation collections shown as paged connections.</summary>
    public List<string> Connections { get; } = [];

    /// <summary>Who writes the type and its fields; how inputs are made.</summary>
    public EntityWrites Writes { get; } = new();

    /// <summary>Every field name the declaration mentions, checked against the type once the schema is built.</summary>
    internal IEnumerable<string> NamedFields =>
        Hidden.Concat(FieldDescriptions.Keys).Concat(Connections).Concat(Writes.NamedFields);
}
