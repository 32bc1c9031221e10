namespace Graph.Engine.Data.Aggregates;

/// <summary>Computed aggregates by key (<c>count</c>, <c>sum.pages</c>, <c>min.published</c>, …).</summary>
public sealed class AggregateValues(IReadOnlyDictionary<string, object?> values)
{
    public static AggregateValues Empty { get; } = new(new Dictionary<string, object?>());

    public object? this[string key] => values.GetValueOrDefault(key);

    /// <summary>For a group (<c>groups</c>): the values of its keys by field name (the key fields not grouped by absent).</summary>
    internal IReadOnlyDictionary<string, object?> Keys { get; init; } = new Dictionary<string, object?>();

    /// <summary>These values as a group's, with its keys.</summary>
    internal AggregateValues WithKeys(IReadOnlyDictionary<string, object?> keys) => new(values) { Keys = keys };

    internal AggregateBucket Bucket(AggregateKind kind) => new(this, kind.ToString().ToLowerInvariant());
}

/// <summary>The object behind <c>sum { … }</c>, <c>avg { … }</c>, …: reads one function's values.</summary>
internal sealed record AggregateBucket(AggregateValues Values, string Prefix)
{
    public object? Read(string field) => Values[Prefix + "." + field];
}
