namespace Graph.Engine.Types;

/// <summary>The scalars the engine ships: the five the spec defines (§3.5) and HotChocolate-compatible extras.</summary>
public static class Scalars
{
    public static IntType Int { get; } = new();

    public static FloatType Float { get; } = new();

    public static StringType String { get; } = new();

    public static BooleanType Boolean { get; } = new();

    public static IdType ID { get; } = new();

    public static DateTimeType DateTime { get; } = new();

    public static DateType Date { get; } = new();

    public static LocalTimeType LocalTime { get; } = new();

    public static DecimalType Decimal { get; } = new();

    public static LongType Long { get; } = new();

    public static UuidType Uuid { get; } = new();

    public static UrlType Url { get; } = new();

    public static JsonType Json { get; } = new();

    /// <summary>The spec's scalars in graphql-js's <c>specifiedScalarTypes</c> order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The non-spec scalars, bound by name when SDL declares <c>scalar DateTime</c> and the like.</summary>
    public static IReadOnlyList<ExtendedScalarType> Extended { get; } = [DateTime, Date, LocalTime, Decimal, Long, Uuid, Url, Json];

    /// <summary>Whether <paramref name="type"/> is (named like) one of the spec's scalars (graphql-js isSpecifiedScalarType).</summary>
    public static bool IsSpecified(NamedType type) =>
        type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static ScalarType? GetSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    public static ExtendedScalarType? GetExtended(string name)
    {
        foreach (var scalar in Extended)
        {
            if (scalar.Name == name)
            {
                return scalar;
            }
        }

        return null;
    }
}
