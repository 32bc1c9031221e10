namespace Graph.Engine.Types;

/// <summary>What object and interface types share: fields and implemented interfaces (§3.6, §3.7).</summary>
public abstract class ComplexType(string name) : NamedType(name)
{
    private IReadOnlyDictionary<string, OutputField> _fields = new Dictionary<string, OutputField>();

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<OutputField> Fields { get; private set; } = [];

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public OutputField? GetField(string fieldName) => _fields.GetValueOrDefault(fieldName);

    internal void SetFields(IEnumerable<OutputField> fields)
    {
        Fields = fields.ToArray();
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
