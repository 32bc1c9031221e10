namespace Graph.Persistence.Outbox;

/// <summary>The last <c>capacity</c> sequences delivered, to drop events heard twice (notified and caught up).</summary>
internal sealed class RecentSequences(int capacity)
{
    private readonly HashSet<long> _set = new(capacity);
    private readonly Queue<long> _order = new(capacity);

    /// <summary>False when the sequence was seen already.</summary>
    public bool Add(long sequence)
    {
        if (!_set.Add(sequence))
            return false;
        _order.Enqueue(sequence);
        if (_order.Count > capacity)
            _set.Remove(_order.Dequeue());
        return true;
    }
}
