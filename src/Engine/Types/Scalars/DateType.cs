using System.Globalization;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary><c>Date</c>: an ISO-8601 calendar date <c>yyyy-MM-dd</c>, a <see cref="DateOnly"/> at runtime.</summary>
public sealed class DateType : ExtendedScalarType
{
    private const string Pattern = "yyyy-MM-dd";

    public DateType()
        : base("Date", "The `Date` scalar represents an ISO-8601 compliant date type.")
    {
    }

    public override Type RuntimeType => typeof(DateOnly);

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        DateOnly value => value.ToString(Pattern, CultureInfo.InvariantCulture),
        DateTime value => DateOnly.FromDateTime(value).ToString(Pattern, CultureInfo.InvariantCulture),
        DateTimeOffset value => DateOnly.FromDateTime(value.DateTime).ToString(Pattern, CultureInfo.InvariantCulture),
        _ => throw CannotSerialize(runtimeValue),
    };

    public override object ParseValue(object inputValue) => JsonValues.Normalize(inputValue) switch
    {
        string text when TryParse(text, out var value) => value,
        DateOnly value => value,
        DateTime value => DateOnly.FromDateTime(value),
        var other => throw CannotDeserialize(other),
    };

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s && TryParse(s.Value, out var value) ? value : throw CannotParseLiteral(literal);

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode((string)Serialize(runtimeValue));

    private static bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
