using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Graph.Engine.Execution;

/// <summary>
/// The response value of one object (§6.3 ExecuteSelectionSet "resultMap"): entries in selection order. The
/// keys array is the collected-field plan's and shared by every object of the same selection, so a result
/// object costs one values array; lookups scan, which beats hashing for the handful of keys objects have.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;
    private readonly JsonEncodedText[]? _encodedKeys;

    private ResultMap(string[] keys, JsonEncodedText[]? encodedKeys)
    {
        _keys = keys;
        _encodedKeys = encodedKeys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    /// <summary>A map from ready entries (for results built outside the executor).</summary>
    public ResultMap(IReadOnlyList<KeyValuePair<string, object?>> entries)
    {
        _keys = new string[entries.Count];
        _values = new object?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            _keys[i] = entries[i].Key;
            _values[i] = entries[i].Value;
        }
    }

    public int Count => _keys.Length;

    /// <summary>An empty map for a plan's keys, filled by the executor.</summary>
    internal static ResultMap ForKeys(string[] keys, JsonEncodedText[]? encodedKeys = null) => new(keys, encodedKeys);

    /// <summary>The keys pre-encoded for <see cref="ExecutionResultWriter"/>, shared with the plan; null when not encoded.</summary>
    internal JsonEncodedText[]? EncodedKeys => _encodedKeys;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal string KeyAt(int index) => _keys[index];

    internal object? ValueAt(int index) => _values[index];

    internal void Set(int index, object? value) => _values[index] = value;

    /// <summary>The values array, for completions that finish later and write their slot directly.</summary>
    internal object?[] RawValues => _values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
