using System.Reflection;
using Graph.Engine.Data.Aggregates;
using Graph.Engine.Data.Filtering;
using Graph.Engine.Data.Sorting;
using Graph.Engine.Types;

namespace Graph.Engine.Data;

/// <summary>
/// A field the data conventions handle, as decided at schema build: its entity, its generated input and output
/// types, and its settings. Stored in <see cref="OutputField.ContextData"/> (projections of parent fields skip data
/// fields, which load themselves).
/// </summary>
internal sealed class DataField
{
    public const string ContextKey = "Graph.Engine.Data.DataField";

    public required OutputField Field { get; init; }

    public required string Coordinate { get; init; }

    public required EntityMetadata Entity { get; init; }

    public required EntityMetadata.Registry Entities { get; init; }

    public required DataFieldOptions Options { get; init; }

    public required int DefaultPageSize { get; init; }

    public required int MaxPageSize { get; init; }

    public ObjectFilterInput? Filter { get; init; }

    public ObjectSortInput? Sort { get; init; }

    /// <summary>The connection or collection segment type; null without paging.</summary>
    public ObjectType? PageType { get; init; }

    public ObjectType? EdgeType { get; init; }

    public AggregateShape? Aggregates { get; init; }

    /// <summary>The types of <c>groups</c> (root connections and collection segments with aggregates); null without.</summary>
    public GroupShape? Groups { get; init; }

    public int DefaultGroups { get; init; }

    public int MaxGroups { get; init; }

    /// <summary>For a navigation collection of an entity: the property (loaded per parent, batched).</summary>
    public PropertyInfo? Navigation { get; init; }

    public EntityMetadata? Parent { get; init; }

    public QueryableProvider Provider => Entities.Provider;

    public static DataField? Of(OutputField field) =>
        field.ContextData.TryGetValue(ContextKey, out var value) ? value as DataField : null;
}
