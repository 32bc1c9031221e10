using System.Globalization;
using Graph.Engine.Language;

namespace Graph.Engine.Types;

/// <summary><c>LocalTime</c>: a wall-clock time of day <c>HH:mm:ss</c> without a time zone (HotChocolate's name and
/// format), a <see cref="TimeOnly"/> at runtime. Input may leave out the seconds (<c>16:30</c>).</summary>
public sealed class LocalTimeType : ExtendedScalarType
{
    private const string Pattern = "HH:mm:ss";

    public LocalTimeType()
        : base("LocalTime", "The LocalTime scalar type is a local time string (i.e., with no associated timezone) in 24-hr HH:mm:ss.")
    {
    }

    public override Type RuntimeType => typeof(TimeOnly);

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        TimeOnly value => value.ToString(Pattern, CultureInfo.InvariantCulture),
        TimeSpan value => TimeOnly.FromTimeSpan(value).ToString(Pattern, CultureInfo.InvariantCulture),
        _ => throw CannotSerialize(runtimeValue),
    };

    public override object ParseValue(object inputValue) => JsonValues.Normalize(inputValue) switch
    {
        string text when TryParse(text, out var value) => value,
        TimeOnly value => value,
        var other => throw CannotDeserialize(other),
    };

    public override object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        literal is StringValueNode s && TryParse(s.Value, out var value) ? value : throw CannotParseLiteral(literal);

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode((string)Serialize(runtimeValue));

    private static bool TryParse(string text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
