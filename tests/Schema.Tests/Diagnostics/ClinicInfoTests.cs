using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Tests.Modules;

namespace Graph.Schema.Tests.Diagnostics;

/// <summary><c>clinicInfo</c> is public; <c>updateClinicInfo</c> (ADMIN) changes the one record, the WhatsApp link following the number.</summary>
public sealed class ClinicInfoTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string Update = """
        mutation($input: UpdateClinicInfoInput!) {
          updateClinicInfo(input: $input) {
            clinicInfo { whatsappNumber whatsappLink clinicAddress openingTime closingTime updatedBy { id } }
            errors { __typename message ... on ValidationError { field } }
          }
        }
        """;

    private async Task<JsonElement> UpdateAsync(object input, Role role = Role.Admin) =>
        (await graph.RunAsAsync(Callers.As(role), Update, new Dictionary<string, object?> { ["input"] = JsonSerializer.SerializeToElement(input) }))
        .GetProperty("updateClinicInfo");

    [Fact]
    public async Task Anyone_reads_the_clinic_and_its_whatsapp_link_derives_from_the_number()
    {
        var clinic = (await graph.RunAsAsync(null, "{ clinicInfo { whatsappNumber whatsappLink googleMapsLink } }")).GetProperty("clinicInfo");

        Assert.Equal("https://wa.me/" + new string(clinic.GetProperty("whatsappNumber").GetString()!.Where(char.IsAsciiDigit).ToArray()), clinic.GetProperty("whatsappLink").GetString());
    }

    [Fact]
    public async Task An_admin_changes_it_and_the_link_follows()
    {
        var payload = await UpdateAsync(new { whatsappNumber = "+91 98765-43210", openingTime = "09:00", closingTime = "18:30" });

        var clinic = payload.GetProperty("clinicInfo");
        Assert.Equal("https://wa.me/919876543210", clinic.GetProperty("whatsappLink").GetString());
        Assert.Equal("09:00", clinic.GetProperty("openingTime").GetString());
        Assert.Equal("18:30", clinic.GetProperty("closingTime").GetString());
        Assert.Equal(Graph.Schema.Relay.NodeId.Format("User", Callers.AccountId(Role.Admin)), clinic.GetProperty("updatedBy").GetProperty("id").GetString());
        Assert.Equal(1L, await Graph.Testing.Postgres.Sql.ScalarAsync<long>(graph.ConnectionString, "SELECT count(*) FROM clinic_info"));
    }

    [Theory]
    [InlineData("whatsappNumber", "98765 43210")]
    [InlineData("openingTime", "9am")]
    [InlineData("closingTime", "07:00")]
    [InlineData("googleMapsLink", "not a link")]
    public async Task Bad_values_are_refused_by_field_and_change_nothing(string field, string value)
    {
        // The record opens at 08:00 or later in every order these tests run in, so 07:00 closes too early.
        var before = (await graph.RunAsync("{ clinicInfo { updatedAt } }")).GetRawText();

        var payload = await UpdateAsync(new Dictionary<string, object?> { [field] = value });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(before, (await graph.RunAsync("{ clinicInfo { updatedAt } }")).GetRawText());
    }

    [Fact]
    public async Task Only_an_admin_updates_it()
    {
        var response = await graph.ExecuteAsAsync(Callers.As(Role.LabTech), Update, new Dictionary<string, object?> { ["input"] = JsonSerializer.SerializeToElement(new { clinicAddress = "Elsewhere" }) });

        Assert.Equal("AUTH_NOT_AUTHORIZED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_first_update_creates_the_record_and_needs_its_required_fields()
    {
        await Graph.Testing.Postgres.Sql.ExecuteAsync(graph.ConnectionString, "DELETE FROM clinic_info");

        var missing = await UpdateAsync(new { clinicAddress = "1 New Road" });
        Assert.Equal(["googleMapsLink", "whatsappNumber"], missing.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).Order());
        Assert.Equal(0L, await Graph.Testing.Postgres.Sql.ScalarAsync<long>(graph.ConnectionString, "SELECT count(*) FROM clinic_info"));

        var created = await UpdateAsync(new { clinicAddress = "1 New Road", whatsappNumber = "+44 20 7946 0958", googleMapsLink = "https://maps.google.com/?q=1+New+Road", openingTime = "08:00" });
        Assert.Equal("https://wa.me/442079460958", created.GetProperty("clinicInfo").GetProperty("whatsappLink").GetString());
        Assert.Equal(1L, await Graph.Testing.Postgres.Sql.ScalarAsync<long>(graph.ConnectionString, "SELECT count(*) FROM clinic_info"));
    }
}
