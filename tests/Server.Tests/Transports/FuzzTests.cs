using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Server.Tests.Testing;
using Graph.Testing.Postgres;
using Xunit.Abstractions;

namespace Graph.Server.Tests.Transports;

/// <summary>
/// A seeded, bounded fuzz run over the platform's schema and a real database: documented operations mutated (characters
/// dropped, doubled and swapped, huge strings, deep nesting), variables of the wrong type, deep JSON, invalid UTF-8,
/// bad cursors and IDs, truncated and random bodies. No answer may be a 5xx. The tally goes to the test output.
/// </summary>
public sealed class FuzzTests(DatabaseFixture database, ITestOutputHelper output) : IClassFixture<DatabaseFixture>
{
    private const int Seed = 24;
    private const int Requests = 600;

    private static readonly string[] Documents =
    [
        "query($first: Int, $after: String) { labTests(first: $first, after: $after) { nodes { id name price category { id name } } pageInfo { endCursor } } }",
        "query($id: ID!) { node(id: $id) { id ... on Pet { name owner { id } } ... on Booking { status } } }",
        "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        "query($where: BookingFilterInput, $order: [BookingSortInput!]) { bookings(where: $where, order: $order, first: 5) { totalCount nodes { id bookingDate } } }",
        "mutation($input: CreatePetInput!) { createPet(input: $input) { pet { id } errors { __typename message } } }",
        "mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken errors { code } } }",
        "mutation($input: RegisterInput!) { register(input: $input) { accessToken errors { __typename message } } }",
        "{ users(last: 3, before: \"bm90LWEtY3Vyc29y\") { nodes { id email } } }",
    ];

    private static readonly object?[] OddValues =
    [
        null, 0, -1, int.MaxValue, long.MinValue, 1e308, "", "x", new string('ü', 70_000), "\u0000", "🐈‍⬛", true,
        new object?[] { 1, "a", null }, new Dictionary<string, object?> { ["eq"] = Array.Empty<object>() }, "not-a-cursor", "UGV0Om5vdC1hLXV1aWQ=",
        "VXNlcjowMTkzMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA==", "2026-13-45", "NaN",
    ];

    private const string Punctuation = "{}()[]$:!@\"\\ \n#.";

    private static readonly JsonSerializerOptions Deeply = new() { MaxDepth = 1000 };

    [Fact]
    public async Task No_mutated_request_is_answered_with_a_5xx()
    {
        await using var server = await GraphQLTestServer.StartAsync(connectionString: database.ConnectionString, platformModules: true);
        var random = new Random(Seed);
        var tally = new SortedDictionary<int, int>();
        var failures = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            var (body, contentType) = Mutate(random);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
            request.Headers.TryAddWithoutValidation("Accept", random.Next(2) == 0 ? "application/json" : "application/graphql-response+json");
            using var response = await server.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            tally[status] = tally.GetValueOrDefault(status) + 1;
            if (status >= 500)
                failures.Add($"{status} for {Encoding.UTF8.GetString(body)[..Math.Min(300, body.Length)]}: {(await response.Content.ReadAsStringAsync())[..200]}");
        }

        output.WriteLine($"seed {Seed}, {Requests} requests: " + string.Join(", ", tally.Select(t => $"{t.Key}: {t.Value}")));
        Assert.Empty(failures);
    }

    private static (byte[] Body, string ContentType) Mutate(Random random)
    {
        var document = Documents[random.Next(Documents.Length)];
        var variables = new Dictionary<string, object?>();
        foreach (var name in new[] { "first", "after", "id", "ids", "where", "order", "input", "e", "p" })
        {
            if (random.Next(3) > 0)
                variables[name] = OddValues[random.Next(OddValues.Length)];
        }

        switch (random.Next(10))
        {
            case 0:
                document = Edit(document, random);
                break;
            case 1:
                document = document.Replace("{ id", "{ id " + string.Concat(Enumerable.Repeat("a: __typename ", random.Next(1, 50))), StringComparison.Ordinal);
                break;
            case 2:
                document = string.Concat(Enumerable.Repeat("{ a:", random.Next(1, 400))) + "__typename" + new string('}', random.Next(1, 400));
                break;
            case 3:
                variables["input"] = Deep(random.Next(10, 300));
                break;
            case 4:
                variables["where"] = new Dictionary<string, object?> { ["bookingDate"] = new Dictionary<string, object?> { ["gt"] = OddValues[random.Next(OddValues.Length)] } };
                break;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new { query = document, variables, operationName = random.Next(20) == 0 ? new string('o', 5000) : null }, Deeply);
        return random.Next(8) switch
        {
            0 => (json[..random.Next(json.Length)], "application/json"),
            1 => (Corrupt(json, random), "application/json"),
            2 => (RandomBytes(random), "application/json"),
            3 => (json, random.Next(2) == 0 ? "text/plain" : "application/json; charset=latin1"),
            _ => (json, "application/json"),
        };
    }

    private static string Edit(string document, Random random)
    {
        var text = new StringBuilder(document);
        for (var edits = random.Next(1, 6); edits > 0 && text.Length > 1; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                default:
                    text.Insert(at, text.ToString(at, Math.Min(text.Length - at, random.Next(1, 40))));
                    break;
            }
        }

        return text.ToString();
    }

    private static object Deep(int depth)
    {
        object value = "leaf";
        for (var i = 0; i < depth; i++)
            value = i % 2 == 0 ? new object[] { value } : new Dictionary<string, object?> { ["name"] = value };
        return value;
    }

    private static byte[] Corrupt(byte[] json, Random random)
    {
        var copy = (byte[])json.Clone();
        for (var i = random.Next(1, 4); i > 0; i--)
            copy[random.Next(copy.Length)] = (byte)random.Next(0x80, 0x100);
        return copy;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }
}
