using System.Text.Json;
using Graph.Engine.Language;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types.Scalars;

using Scalars = Graph.Engine.Types.Scalars;

public sealed class ExtendedScalarsTests
{
    [Fact]
    public void DateTime_serializes_utc_with_z_and_milliseconds()
    {
        var value = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 6, TimeSpan.Zero);
        Assert.Equal("2024-01-02T03:04:05.006Z", Scalars.DateTime.Serialize(value));
        Assert.Equal("2024-01-02T03:04:05.000+02:00", Scalars.DateTime.Serialize(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2))));
        Assert.Equal("2024-01-02T03:04:05.000Z", Scalars.DateTime.Serialize(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        Assert.Equal("https://www.graphql-scalars.com/date-time", Scalars.DateTime.SpecifiedByUrl);
    }

    [Fact]
    public void DateTime_parses_rfc3339_and_rejects_others()
    {
        var parsed = (DateTimeOffset)Scalars.DateTime.ParseLiteral(new StringValueNode("2024-01-02T03:04:05.123+01:00"));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 123, TimeSpan.FromHours(1)), parsed);
        Assert.Equal(
            new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Scalars.DateTime.ParseValue("2024-01-02T03:04:05Z"));

        Assert.Equal(
            "DateTime cannot parse the given literal of type `IntValueNode`.",
            Assert.Throws<CoercionException>(() => Scalars.DateTime.ParseLiteral(new IntValueNode("1"))).Message);
        Assert.Equal(
            "DateTime cannot parse the given literal of type `StringValueNode`.",
            Assert.Throws<CoercionException>(() => Scalars.DateTime.ParseLiteral(new StringValueNode("2024-01-02"))).Message);
        Assert.Equal(
            "DateTime cannot deserialize the given value: \"yesterday\".",
            Assert.Throws<CoercionException>(() => Scalars.DateTime.ParseValue("yesterday")).Message);
        Assert.Equal(
            "DateTime cannot serialize the given value: 5.",
            Assert.Throws<CoercionException>(() => Scalars.DateTime.Serialize(5)).Message);
    }

    [Fact]
    public void Date_round_trips_yyyy_mm_dd()
    {
        Assert.Equal("2024-02-29", Scalars.Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 2, 29), Scalars.Date.ParseLiteral(new StringValueNode("2024-02-29")));
        Assert.Equal(new DateOnly(2024, 2, 29), Scalars.Date.ParseValue("2024-02-29"));
        Assert.Throws<CoercionException>(() => Scalars.Date.ParseValue("2024-02-30"));
        Assert.Throws<CoercionException>(() => Scalars.Date.ParseLiteral(new StringValueNode("2024-02-29T00:00:00Z")));
    }

    [Fact]
    public void Decimal_accepts_numbers()
    {
        Assert.Equal(1.25m, Scalars.Decimal.ParseLiteral(new FloatValueNode("1.25")));
        Assert.Equal(3m, Scalars.Decimal.ParseLiteral(new IntValueNode("3")));
        Assert.Equal(2.5m, Scalars.Decimal.ParseValue(2.5));
        Assert.Equal(7m, Scalars.Decimal.ParseValue(7L));
        Assert.Equal(1.5m, Scalars.Decimal.Serialize(1.5m));
        Assert.Equal(
            "Decimal cannot parse the given literal of type `StringValueNode`.",
            Assert.Throws<CoercionException>(() => Scalars.Decimal.ParseLiteral(new StringValueNode("1"))).Message);
    }

    [Fact]
    public void Long_is_64_bit()
    {
        Assert.Equal(9007199254740993L, Scalars.Long.ParseLiteral(new IntValueNode("9007199254740993")));
        Assert.Equal(5L, Scalars.Long.ParseValue(5L));
        Assert.Equal(5L, Scalars.Long.Serialize(5));
        Assert.Throws<CoercionException>(() => Scalars.Long.ParseLiteral(new IntValueNode("9223372036854775808")));
        Assert.Throws<CoercionException>(() => Scalars.Long.ParseValue(1.5));
    }

    [Fact]
    public void Uuid_uses_d_format()
    {
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");
        Assert.Equal("6f9619ff-8b86-d011-b42d-00c04fc964ff", Scalars.Uuid.Serialize(id));
        Assert.Equal(id, Scalars.Uuid.ParseLiteral(new StringValueNode("6F9619FF-8B86-D011-B42D-00C04FC964FF")));
        Assert.Equal(id, Scalars.Uuid.ParseValue("6f9619ff-8b86-d011-b42d-00c04fc964ff"));
        Assert.Equal(
            "UUID cannot parse the given literal of type `StringValueNode`.",
            Assert.Throws<CoercionException>(() => Scalars.Uuid.ParseLiteral(new StringValueNode("nope"))).Message);
    }

    [Fact]
    public void Url_must_be_absolute()
    {
        Assert.Equal(new Uri("https://example.com/a?b=1"), Scalars.Url.ParseLiteral(new StringValueNode("https://example.com/a?b=1")));
        Assert.Equal("https://example.com/", Scalars.Url.Serialize(new Uri("https://example.com")));
        Assert.Throws<CoercionException>(() => Scalars.Url.ParseValue("/relative/path"));
    }

    [Fact]
    public void Json_accepts_any_literal_with_variables()
    {
        var literal = new ObjectValueNode(
        [
            new ObjectFieldNode(new NameNode("a"), new IntValueNode("1")),
            new ObjectFieldNode(new NameNode("b"), new ListValueNode([new StringValueNode("x"), new BooleanValueNode(true), new NullValueNode()])),
            new ObjectFieldNode(new NameNode("c"), new VariableNode(new NameNode("v"))),
        ]);
        var element = (JsonElement)Scalars.Json.ParseLiteral(literal, new Dictionary<string, object?> { ["v"] = 2.5 });
        Assert.Equal("""{"a":1,"b":["x",true,null],"c":2.5}""", element.GetRawText());

        var fromValue = (JsonElement)Scalars.Json.ParseValue(new Dictionary<string, object?> { ["k"] = new List<object?> { 1L, "two" } });
        Assert.Equal("""{"k":[1,"two"]}""", fromValue.GetRawText());

        var serialized = (JsonElement)Scalars.Json.Serialize(new Dictionary<string, object?> { ["n"] = null });
        Assert.Equal("""{"n":null}""", serialized.GetRawText());
        Assert.Equal(3, Assert.IsType<ObjectValueNode>(Scalars.Json.ValueToLiteral(element)).Fields.Count);
    }
}
