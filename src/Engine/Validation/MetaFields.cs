using Graph.Engine.Types;

namespace Graph.Engine.Validation;

/// <summary>The introspection meta-fields as TypeInfo resolves them (§4.1).</summary>
internal static class MetaFields
{
    // Placeholder shapes until the introspection types are merged.
    private sealed class Placeholder(string name) : ScalarType(name)
    {
        public override object Serialize(object runtimeValue) => runtimeValue;

        public override object ParseValue(object inputValue) => inputValue;

        public override object ParseLiteral(Language.ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal;

        public override Language.ValueNode ValueToLiteral(object runtimeValue) => throw new NotSupportedException();
    }

    private static readonly ScalarType StringType = new Placeholder("String");

    public static OutputField Schema { get; } = new("__schema", new NonNullType(new Placeholder("__Schema")));

    public static OutputField Type { get; } = new("__type", new Placeholder("__Type"))
    {
        Arguments = [new InputValue("name", new NonNullType(StringType))],
    };

    public static OutputField TypeName { get; } = new("__typename", new NonNullType(StringType));
}
