namespace Graph.Engine.Data;

/// <summary>Schema-wide settings of the data conventions.</summary>
public sealed class DataOptions
{
    private readonly Dictionary<string, DataFieldOptions> _fields = new(StringComparer.Ordinal);

    /// <summary>Executes queries and supplies what differs between LINQ providers (EF Core sets its own).</summary>
    public QueryableProvider Provider { get; set; } = QueryableProvider.Default;

    /// <summary>HotChocolate's default: 10.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>HotChocolate's default is 50; this platform allows 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The groups <c>groups</c> returns when its <c>first</c> is not given.</summary>
    public int DefaultGroups { get; set; } = 100;

    /// <summary>The most groups <c>groups(first:)</c> may ask for.</summary>
    public int MaxGroups { get; set; } = 1000;

    /// <summary>Fields configured without attributes (e.g. navigation properties of entities that must not reference the engine).</summary>
    public IReadOnlyDictionary<string, DataFieldOptions> Fields => _fields;

    /// <summary>Makes the field at <paramref name="coordinate"/> (<c>Type.field</c>) a data field.</summary>
    public DataOptions Field(string coordinate, Action<DataFieldOptions>? configure = null)
    {
        var options = new DataFieldOptions();
        configure?.Invoke(options);
        _fields[coordinate] = options;
        return this;
    }
}
