namespace Graph.Engine.Data;

/// <summary>How a data field pages its results.</summary>
public enum PagingKind
{
    /// <summary>No paging: the field stays a list (still filtered, sorted and projected).</summary>
    None,

    /// <summary>Relay cursor connection (<c>first/after/last/before</c>), keyset-paged: cursors carry the sort key values.</summary>
    Cursor,

    /// <summary>Offset paging (<c>skip/take</c>) into an <c>XCollectionSegment</c>.</summary>
    Offset,
}
