namespace Graph.Engine.Data;

/// <summary>
/// Makes a code-first field that returns <c>IQueryable&lt;T&gt;</c> (or a navigation collection of an entity) a
/// data field: <c>[UseConnection(Filtering = true, Sorting = true, Paging = PagingKind.Cursor)]</c>. The schema
/// then gets HotChocolate's arguments and types (<c>where</c>, <c>order</c>, <c>first/after/last/before</c>,
/// <c>XConnection</c>, <c>XEdge</c>, …) and the resolver is wrapped to filter, sort, page and project in SQL,
/// always in that order. Requires <see cref="DataSchemaBuilderExtensions.AddData"/> on the schema builder.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false)]
public sealed class UseConnectionAttribute : Attribute
{
    public bool Filtering { get; set; } = true;

    public bool Sorting { get; set; } = true;

    public PagingKind Paging { get; set; } = PagingKind.Cursor;

    public bool Projection { get; set; } = true;

    public bool Aggregates { get; set; } = true;

    /// <summary>See <see cref="DataFieldOptions.Groups"/>.</summary>
    public bool Groups { get; set; } = true;

    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>0 (unset) uses <see cref="DataOptions.DefaultPageSize"/>.</summary>
    public int DefaultPageSize { get; set; }

    /// <summary>0 (unset) uses <see cref="DataOptions.MaxPageSize"/>.</summary>
    public int MaxPageSize { get; set; }

    public string? ConnectionName { get; set; }

    public DataFieldOptions ToOptions() => new()
    {
        Filtering = Filtering,
        Sorting = Sorting,
        Paging = Paging,
        Projection = Projection,
        Aggregates = Aggregates,
        Groups = Groups,
        IncludeTotalCount = IncludeTotalCount,
        DefaultPageSize = DefaultPageSize > 0 ? DefaultPageSize : null,
        MaxPageSize = MaxPageSize > 0 ? MaxPageSize : null,
        ConnectionName = ConnectionName,
    };
}
