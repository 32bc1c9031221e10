using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>An enum type (§3.9). Each value has a GraphQL name and the runtime value resolvers see.</summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private Dictionary<string, EnumValue> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValue> _byValue = new();

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValue> Values { get; private set; } = [];

    /// <summary>The CLR enum this type maps, when code-first.</summary>
    public Type? RuntimeType { get; internal set; }

    public EnumValue? GetValue(string valueName) => _byName.GetValueOrDefault(valueName);

    /// <summary>The enum value whose runtime value equals <paramref name="runtimeValue"/>.</summary>
    public EnumValue? GetValueByRuntimeValue(object runtimeValue) => _byValue.GetValueOrDefault(runtimeValue);

    internal void SetValues(IEnumerable<EnumValue> values)
    {
        Values = values.ToArray();
        _byName = Values.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _byValue = new Dictionary<object, EnumValue>();
        foreach (var value in Values)
        {
            _byValue.TryAdd(value.Value, value);
        }
    }
}

/// <summary>EnumValueDefinition (§3.9): a name, its runtime value (the name itself when SDL-first).</summary>
public sealed class EnumValue(string name, object value)
{
    public string Name { get; } = name;

    public object Value { get; } = value;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> Directives { get; internal set; } = [];

    public EnumValueDefinitionNode? AstNode { get; internal set; }

    public override string ToString() => Name;
}
