using System.Text;
using Graph.Schema.Relay;

namespace Graph.Schema.Tests.Relay;

public sealed class NodeIdTests
{
    private static string Decode(string id) => Encoding.UTF8.GetString(Convert.FromBase64String(id));

    [Fact]
    public void A_uuid_key_is_written_as_32_hex_digits_after_the_type_name_like_HotChocolate_14()
    {
        var key = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var id = NodeId.Format("User", key);

        Assert.Equal("User:0f8fad5bd9cb469fa16570867728950e", Decode(id));
        Assert.Equal("VXNlcjowZjhmYWQ1YmQ5Y2I0NjlmYTE2NTcwODY3NzI4OTUwZQ==", id);
    }

    [Fact]
    public void Integer_and_string_keys_are_written_as_they_are()
    {
        Assert.Equal("Pet:42", Decode(NodeId.Format("Pet", 42)));
        Assert.Equal("Lead:abc:def", Decode(NodeId.Format("Lead", "abc:def")));
    }

    [Fact]
    public void An_id_parses_back_to_its_type_name_and_key()
    {
        var key = Guid.NewGuid();

        Assert.True(NodeId.TryParse(NodeId.Format("Booking", key), out var id));

        Assert.Equal("Booking", id.TypeName);
        Assert.True(id.TryGetGuid(out var parsed));
        Assert.Equal(key, parsed);
        Assert.False(id.TryGetInt64(out _));
    }

    [Fact]
    public void The_key_may_hold_colons_and_unpadded_or_url_safe_base64_is_accepted()
    {
        var id = NodeId.Format("Lead", "a:b");
        Assert.True(NodeId.TryParse(id.TrimEnd('='), out var unpadded));
        Assert.Equal(new NodeId("Lead", "a:b"), unpadded);

        var urlSafe = Convert.ToBase64String(Encoding.UTF8.GetBytes("Pet:>>?")).Replace('+', '-').Replace('/', '_');
        Assert.True(NodeId.TryParse(urlSafe, out var fromUrlSafe));
        Assert.Equal(">>?", fromUrlSafe.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("abc")]
    [InlineData("VXNlcg==")] // "User": no colon
    [InlineData("OjQy")] // ":42": no type name
    [InlineData("VXNlcjo=")] // "User:": no key
    [InlineData("MVVzZXI6NDI=")] // "1User:42": not a GraphQL name
    [InlineData("/w==")] // not UTF-8
    public void Malformed_ids_do_not_parse(string value)
    {
        Assert.False(NodeId.TryParse(value, out _));
    }
}
