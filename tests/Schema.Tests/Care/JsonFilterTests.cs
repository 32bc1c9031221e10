using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Npgsql;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Care;

/// <summary>The JSON and list filter operators, each checked against the rows PostgreSQL's own operators select, and sent
/// as parameters (never literals).</summary>
public sealed class JsonFilterTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    [Theory]
    [InlineData("{ location: { atPath: { path: [\"city\"], value: \"Lisbon\" } } }", "location @> '{\"city\": \"Lisbon\"}'", "Lisbon")]
    [InlineData("{ contactInfo: { contains: { email: \"ruiz@providers.demo.graph\" } } }", "contact_info @> '{\"email\": \"ruiz@providers.demo.graph\"}'", "ruiz@providers")]
    [InlineData("{ location: { hasKey: \"country\" } }", "location ? 'country'", "country")]
    [InlineData("{ location: { hasKey: \"zip\" } }", "location ? 'zip'", "zip")]
    [InlineData("{ specialty: { includesAny: [\"dentistry\", \"cardiology\"] } }", "specialty && ARRAY['dentistry', 'cardiology']", "cardiology")]
    [InlineData("{ specialty: { includesAll: [\"dermatology\", \"cosmetic surgery\"] } }", "specialty @> ARRAY['dermatology', 'cosmetic surgery']", "cosmetic surgery")]
    [InlineData("{ and: [{ specialty: { includesAll: [\"orthopedics\"] } }, { location: { atPath: { path: [\"country\"], value: \"PT\" } } }] }", "specialty @> ARRAY['orthopedics'] AND location @> '{\"country\": \"PT\"}'", "orthopedics")]
    public async Task Provider_filters_select_what_postgresql_selects(string where, string sql, string literal)
    {
        graph.Sql.Clear();
        var data = await graph.RunAsync($"{{ providers(first: 50, where: {where}) {{ totalCount nodes {{ id }} }} }}");
        // The statements without the recorder's parameter comments: values travel as parameters only.
        var sent = graph.Sql.Commands.Select(c => string.Join('\n', c.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)))).ToList();

        var expected = await IdsAsync($"SELECT id FROM providers WHERE deleted_at IS NULL AND {sql} ORDER BY id");
        var actual = data.GetProperty("providers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(expected.Select(id => NodeId.Format("Provider", id)).ToList(), actual);
        Assert.Equal(expected.Count, data.GetProperty("providers").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(sent, c => c.Contains(literal, StringComparison.Ordinal));
        Assert.True(sent.Any(c => c.Contains("@>", StringComparison.Ordinal) || c.Contains("<@", StringComparison.Ordinal) || c.Contains(" ? ", StringComparison.Ordinal) || c.Contains("&&", StringComparison.Ordinal)), string.Join("\n", sent));
    }

    [Fact]
    public async Task Nested_paths_and_nullable_json_columns_filter_too()
    {
        var events = await graph.RunAsync("""
            { journeyEvents(first: 50, where: { eventData: { atPath: { path: ["utm", "source"], value: "google" } } }) { nodes { id } } }
            """);
        var expected = await IdsAsync("SELECT id FROM patient_journey_events WHERE deleted_at IS NULL AND event_data @> '{\"utm\": {\"source\": \"google\"}}' ORDER BY id");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(id => NodeId.Format("JourneyEvent", id)), events.GetProperty("journeyEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

        var procedures = await graph.RunAsync("""
            { procedures(first: 50, where: { priceRange: { contains: { currency: "EUR" } } }) { totalCount } }
            """);
        Assert.Equal((await IdsAsync("SELECT id FROM procedures WHERE deleted_at IS NULL AND price_range @> '{\"currency\": \"EUR\"}'")).Count,
            procedures.GetProperty("procedures").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Medical_json_is_filtered_only_within_the_rows_the_caller_reads()
    {
        var data = await graph.RunAsAsync(Callers.As(Graph.Persistence.Identity.Role.Patient), """
            { medicalBackgrounds(where: { data: { hasKey: "medications" } }) { totalCount } }
            """);
        // Anna's background has medications; the patient account is Nina.
        Assert.Equal(0, data.GetProperty("medicalBackgrounds").GetProperty("totalCount").GetInt32());
        var admin = await graph.RunAsync("{ medicalBackgrounds(where: { data: { hasKey: \"medications\" } }) { totalCount } }");
        Assert.Equal(1, admin.GetProperty("medicalBackgrounds").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_empty_path_is_a_graphql_error()
    {
        var response = await graph.ExecuteAsAsync(Callers.As(Graph.Persistence.Identity.Role.Admin),
            "{ providers(where: { location: { atPath: { path: [], value: 1 } } }) { totalCount } }");
        Assert.True(response.TryGetProperty("errors", out var errors));
        Assert.Contains("path", errors[0].GetProperty("message").GetString());
    }

    private async Task<List<Guid>> IdsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(graph.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetGuid(0));
        return ids;
    }
}
