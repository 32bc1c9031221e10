namespace Graph.Engine.Types;

/// <summary>An input object type (§3.10), possibly a OneOf input object (§3.10.1 <c>@oneOf</c>).</summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    private IReadOnlyDictionary<string, InputValue> _fields = new Dictionary<string, InputValue>();

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValue> Fields { get; private set; } = [];

    public bool IsOneOf { get; internal set; }

    /// <summary>
    /// The CLR type coerced values become, when code-first; null keeps coerced values as
    /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
    /// </summary>
    public Type? RuntimeType { get; internal set; }

    public InputValue? GetField(string fieldName) => _fields.GetValueOrDefault(fieldName);

    internal void SetFields(IEnumerable<InputValue> fields)
    {
        Fields = fields.ToArray();
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
