namespace Graph.Engine.Data.Aggregates;

/// <summary>The aggregate functions a connection offers (beyond HotChocolate).</summary>
public enum AggregateKind
{
    Count,
    Sum,
    Avg,
    Min,
    Max,
}
