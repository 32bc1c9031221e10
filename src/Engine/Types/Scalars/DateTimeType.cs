using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 / ISO-8601 date-time with offset (graphql-scalars.com/date-time). Serialized
/// with millisecond precision, <c>Z</c> for UTC, the offset otherwise (HotChocolate's format).
/// </summary>
public sealed partial class DateTimeType : ExtendedScalarType
{
    private const string UtcFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffZ";
    private const string OffsetFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffzzz";

    public DateTimeType()
        : base(
            "DateTime",
            "The `DateTime` scalar represents an ISO-8601 compliant date time type.",
            "https://www.graphql-scalars.com/date-time")
    {
    }

    public override Type RuntimeType => typeof(DateTimeOffset);

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        DateTimeOffset value => Format(value),
        DateTime value => Format(ToOffset(value)),
        _ => throw CannotSerialize(runtimeValue),
    };

    public override object ParseValue(object inputValue) => JsonValues.Normalize(inputValue) switch
    {
        string text when TryParse(text, out var value) => value,
        DateTimeOffset value => value,
        DateTime value => ToOffset(value),
        var other => throw CannotDeserialize(other),
    };

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s && TryParse(s.Value, out var value) ? value : throw CannotParseLiteral(literal);

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode((string)Serialize(runtimeValue));

    internal static string Format(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero
            ? value.ToString(UtcFormat, CultureInfo.InvariantCulture)
            : value.ToString(OffsetFormat, CultureInfo.InvariantCulture);

    // A DateTime without a kind is taken as UTC: servers store UTC, and local time would make output machine-dependent.
    private static DateTimeOffset ToOffset(DateTime value) =>
        value.Kind == DateTimeKind.Local
            ? new DateTimeOffset(value)
            : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);

    private static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
