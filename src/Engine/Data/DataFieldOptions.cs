namespace Graph.Engine.Data;

/// <summary>
/// What a data field offers: the one configuration behind <see cref="UseConnectionAttribute"/> and
/// <see cref="DataOptions.Field"/>. Whatever is switched on is applied in one fixed order — filter, sort, page,
/// project — so, unlike HotChocolate's stacked attributes, the order of declarations never matters.
/// </summary>
public sealed class DataFieldOptions
{
    /// <summary>Adds <c>where: XFilterInput</c>.</summary>
    public bool Filtering { get; set; } = true;

    /// <summary>Adds <c>order: [XSortInput!]</c>; the primary key is always appended as the last sort key.</summary>
    public bool Sorting { get; set; } = true;

    public PagingKind Paging { get; set; } = PagingKind.Cursor;

    /// <summary>Reads only the selected columns and relations.</summary>
    public bool Projection { get; set; } = true;

    /// <summary>Adds <c>aggregate { count sum avg min max }</c> to the connection or collection segment.</summary>
    public bool Aggregates { get; set; } = true;

    /// <summary>With <see cref="Aggregates"/>, on a root field: adds <c>groups(by:, first:)</c>, the aggregates per group of keys.</summary>
    public bool Groups { get; set; } = true;

    /// <summary>Adds <c>totalCount</c> to the connection or collection segment (computed only when selected).</summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> (or no <c>take</c>) is given; null uses <see cref="DataOptions.DefaultPageSize"/>.</summary>
    public int? DefaultPageSize { get; set; }

    /// <summary>The largest page a client may ask for; null uses <see cref="DataOptions.MaxPageSize"/>.</summary>
    public int? MaxPageSize { get; set; }

    /// <summary>Overrides the connection's name prefix (HotChocolate's ConnectionName): <c>{Name}Connection</c>, <c>{Name}Edge</c>.</summary>
    public string? ConnectionName { get; set; }

    /// <summary>The element type of a field that is not made from a CLR member (a field a convention adds); else the
    /// <c>T</c> of the member's <c>IQueryable&lt;T&gt;</c> or collection.</summary>
    public Type? ElementType { get; set; }

    public DataFieldOptions Clone() => (DataFieldOptions)MemberwiseClone();
}
