namespace Graph.Engine.Validation;

/// <summary>
/// Sorts the way V8's <c>Array.prototype.sort</c> (TimSort) does. Results only differ from any
/// stable sort when the comparison is not a consistent order — graphql-js's "did you mean to
/// use an inline fragment on" comparison is one — and messages must list names in its order.
/// </summary>
internal static class JsArraySort
{
    // V8 sorts a run shorter than its minimum run length (the whole array, below 64 items) by
    // binary insertion after detecting the leading ascending or strictly descending run.
    private const int MinMerge = 64;

    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var length = items.Count;
        if (length < 2)
        {
            return;
        }

        if (length >= MinMerge)
        {
            // Longer arrays merge runs; for a consistent comparison a stable sort agrees with it.
            StableSort(items, compare);
            return;
        }

        var runLength = CountAndMakeRun(items, 0, length, compare);
        BinaryInsertionSort(items, 0, runLength, length, compare);
    }

    private static int CountAndMakeRun<T>(List<T> items, int lowArg, int high, Comparison<T> compare)
    {
        var low = lowArg + 1;
        if (low == high)
        {
            return 1;
        }

        var runLength = 2;
        var previous = items[low];
        var isDescending = compare(previous, items[low - 1]) < 0;
        for (var index = low + 1; index < high; index++)
        {
            var current = items[index];
            var order = compare(current, previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = current;
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(lowArg, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, int low, int startArg, int high, Comparison<T> compare)
    {
        for (var start = low == startArg ? startArg + 1 : startArg; start < high; start++)
        {
            var left = low;
            var right = start;
            var pivot = items[start];
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var position = start; position > left; position--)
            {
                items[position] = items[position - 1];
            }

            items[left] = pivot;
        }
    }

    private static void StableSort<T>(List<T> items, Comparison<T> compare)
    {
        var indexed = new (T Item, int Index)[items.Count];
        for (var i = 0; i < indexed.Length; i++)
        {
            indexed[i] = (items[i], i);
        }

        Array.Sort(indexed, (a, b) =>
        {
            var order = compare(a.Item, b.Item);
            return order != 0 ? order : a.Index - b.Index;
        });
        for (var i = 0; i < indexed.Length; i++)
        {
            items[i] = indexed[i].Item;
        }
    }
}
