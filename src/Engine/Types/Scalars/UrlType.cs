using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary><c>URL</c>: an absolute <see cref="Uri"/>.</summary>
public sealed class UrlType : ExtendedScalarType
{
    public UrlType()
        : base("URL", "The `URL` scalar represents an absolute Uniform Resource Locator (RFC 3986).")
    {
    }

    public override Type RuntimeType => typeof(Uri);

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        Uri { IsAbsoluteUri: true } value => value.AbsoluteUri,
        string text when TryParse(text, out var value) => value.AbsoluteUri,
        _ => throw CannotSerialize(runtimeValue),
    };

    public override object ParseValue(object inputValue) => JsonValues.Normalize(inputValue) switch
    {
        string text when TryParse(text, out var value) => value,
        Uri { IsAbsoluteUri: true } value => value,
        var other => throw CannotDeserialize(other),
    };

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s && TryParse(s.Value, out var value) ? value : throw CannotParseLiteral(literal);

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode((string)Serialize(runtimeValue));

    // On Unix a rooted path like "/a/b" parses as an implicit file URI; an absolute URL must spell its scheme.
    private static bool TryParse(string text, out Uri value) =>
        Uri.TryCreate(text, UriKind.Absolute, out value!)
        && text.StartsWith(value.Scheme + ":", StringComparison.OrdinalIgnoreCase);
}
