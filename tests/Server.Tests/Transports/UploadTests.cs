using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Schema.Relay;
using Graph.Server.Tests.Auth;
using Graph.Server.Tests.Conformance;
using Graph.Testing.Postgres;

namespace Graph.Server.Tests.Transports;

/// <summary>
/// Uploads end to end through the npm <c>form-data</c> client (the GraphQL multipart request specification): a
/// prescription stored by a random name and downloaded by its owner and ADMIN, 404 to strangers; files refused for
/// their bytes or their size; multipart without GraphQL-Preflight or Authorization refused; a report document.
/// </summary>
public sealed class UploadTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string MaxFileSize = "4096";
    private const string UploadPrescription = """
        mutation($input: UploadPrescriptionInput!) {
          uploadPrescription(input: $input) {
            prescriptionUpload { id fileUrl fileName fileType fileSizeBytes user { id } }
            errors { __typename message ... on ValidationError { field } }
          }
        }
        """;

    private static readonly byte[] Pdf = [.. "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8, .. new byte[600]];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graph-uploads-" + Guid.NewGuid().ToString("N"));
    private AuthTestHost _host = null!;
    private string _owner = null!;
    private string _stranger = null!;
    private string _admin = null!;
    private string _labTech = null!;
    private Guid _booking;
    private Guid _report;

    public async Task InitializeAsync()
    {
        _host = await AuthTestHost.StartAsync(fixture.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Uploads:Directory"] = _directory,
            ["Uploads:MaxFileSize"] = MaxFileSize,
        });
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var hash = PasswordHashing.Hash("upload passphrase");
        var owner = await _host.CreateUserAsync($"owner.{suffix}@test.graph", hash, Role.Customer);
        await _host.CreateUserAsync($"stranger.{suffix}@test.graph", hash, Role.Customer);
        await _host.CreateUserAsync($"admin.{suffix}@test.graph", hash, Role.Admin);
        await _host.CreateUserAsync($"tech.{suffix}@test.graph", hash, Role.LabTech);
        _owner = await TokenAsync($"owner.{suffix}@test.graph");
        _stranger = await TokenAsync($"stranger.{suffix}@test.graph");
        _admin = await TokenAsync($"admin.{suffix}@test.graph");
        _labTech = await TokenAsync($"tech.{suffix}@test.graph");
        _booking = await Sql.ScalarAsync<Guid>(fixture.ConnectionString, $"""
            WITH p AS (INSERT INTO pets (user_id, name, species) VALUES ('{owner.Id}', 'Upload dog {suffix}', 'Dog') RETURNING id, user_id)
            INSERT INTO bookings (user_id, pet_id, booking_date) SELECT user_id, id, now() FROM p RETURNING id
            """);
        _report = await Sql.ScalarAsync<Guid>(fixture.ConnectionString, $"""
            WITH c AS (INSERT INTO test_categories (name) VALUES ('Uploads {suffix}') RETURNING id),
                 t AS (INSERT INTO lab_tests (category_id, name, price) SELECT id, 'Upload test', 100 FROM c RETURNING id),
                 i AS (INSERT INTO booking_items (booking_id, lab_test_id, unit_price) SELECT '{_booking}', id, 100 FROM t RETURNING id, lab_test_id)
            INSERT INTO test_reports (booking_item_id, pet_id, lab_test_id) SELECT i.id, b.pet_id, i.lab_test_id FROM i, bookings b WHERE b.id = '{_booking}' RETURNING id
            """);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> TokenAsync(string email) =>
        (await _host.LoginAsync(email, "upload passphrase")).GetProperty("accessToken").GetString()!;

    private string[] StoredFiles() => Directory.Exists(_directory) ? Directory.GetFiles(_directory) : [];

    /// <summary>One multipart request sent by form-data: the operation, its map, one file under key "0".</summary>
    private async Task<(int Status, JsonElement Body)> SendAsync(
        string query, object variables, string variablePath, byte[] content, string fileName, string contentType, Dictionary<string, string> headers)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, content);
        try
        {
            var request = JsonSerializer.Serialize(new
            {
                url = new Uri(_host.Client.BaseAddress!, "/graphql").ToString(),
                headers,
                operations = new { query, variables },
                map = new Dictionary<string, string[]> { ["0"] = [variablePath] },
                files = new[] { new { key = "0", path, filename = fileName, contentType } },
            });
            var (exitCode, output) = await ConformanceServer.RunNodeAsync("upload.mjs", request);
            Assert.True(exitCode == 0, output);
            var line = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
            return (line.GetProperty("status").GetInt32(), JsonDocument.Parse(line.GetProperty("body").GetString()!).RootElement.Clone());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private Task<(int Status, JsonElement Body)> UploadPrescriptionAsync(byte[] content, string fileName, string contentType, string? token, bool preflight = false)
    {
        var headers = new Dictionary<string, string>();
        if (token is not null)
            headers["Authorization"] = "Bearer " + token;
        if (preflight)
            headers["GraphQL-Preflight"] = "1";
        return SendAsync(UploadPrescription, new { input = new { bookingId = NodeId.Format("Booking", _booking), file = (string?)null } }, "variables.input.file", content, fileName, contentType, headers);
    }

    private async Task<HttpResponseMessage> DownloadAsync(string url, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_prescription_uploads_by_form_data_and_downloads_to_its_owner_and_admin_only()
    {
        var (status, body) = await UploadPrescriptionAsync(Pdf, "referral.pdf", "application/pdf", _owner);

        Assert.True(status == 200, body.GetRawText());
        var payload = body.GetProperty("data").GetProperty("uploadPrescription");
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.GetRawText());
        var upload = payload.GetProperty("prescriptionUpload");
        Assert.Equal(("referral.pdf", "application/pdf", (long)Pdf.Length), (upload.GetProperty("fileName").GetString(), upload.GetProperty("fileType").GetString(), upload.GetProperty("fileSizeBytes").GetInt64()));
        var url = upload.GetProperty("fileUrl").GetString()!;
        Assert.Matches("^/files/[0-9a-f]{32}$", url);
        var stored = Assert.Single(StoredFiles());
        Assert.Equal(url["/files/".Length..], Path.GetFileName(stored));
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(stored));

        foreach (var reader in new[] { _owner, _admin, _labTech })
        {
            using var download = await DownloadAsync(url, reader);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        foreach (var stranger in new[] { _stranger, null })
        {
            using var refused = await DownloadAsync(url, stranger);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using var unknown = await DownloadAsync("/files/" + new string('a', 32), _admin);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_studio_resources_file_uploads_with_createResource_and_downloads_to_its_readers_only()
    {
        var studio = await Sql.ScalarAsync<Guid>(fixture.ConnectionString,
            $"INSERT INTO studios (name, slug, time_zone) VALUES ('Upload studio', 'upload-studio-{Guid.NewGuid():N}', 'Europe/Paris') RETURNING id");
        const string create = """
            mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { fileUrl fileName fileSize mimeType } errors { __typename message } } }
            """;

        var (status, body) = await SendAsync(create, new { input = new { studioId = NodeId.Format("Studio", studio), title = "Etude", resourceType = "PDF", file = (string?)null } },
            "variables.input.file", Pdf, "etude.pdf", "application/pdf", new Dictionary<string, string> { ["Authorization"] = "Bearer " + _admin });

        Assert.True(status == 200, body.GetRawText());
        var resource = body.GetProperty("data").GetProperty("createResource").GetProperty("resource");
        Assert.Equal(("etude.pdf", (long)Pdf.Length, "application/pdf"),
            (resource.GetProperty("fileName").GetString(), resource.GetProperty("fileSize").GetInt64(), resource.GetProperty("mimeType").GetString()));
        var url = resource.GetProperty("fileUrl").GetString()!;
        Assert.Contains(StoredFiles(), f => Path.GetFileName(f) == url["/files/".Length..]);
        using (var download = await DownloadAsync(url, _admin))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // Not public, shared with nobody: nobody else reads the resource, so the file does not exist for them.
        foreach (var stranger in new[] { _owner, _stranger, null })
        {
            using var refused = await DownloadAsync(url, stranger);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
    }

    [Fact]
    public async Task A_stranger_cannot_upload_to_anothers_booking()
    {
        var (_, body) = await UploadPrescriptionAsync(Pdf, "referral.pdf", "application/pdf", _stranger);

        Assert.Equal("NotFoundError", body.GetProperty("data").GetProperty("uploadPrescription").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_file_is_judged_by_its_bytes_not_by_its_name_or_claimed_type()
    {
        var before = await Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM prescription_uploads");

        var (status, body) = await UploadPrescriptionAsync("<html><script>alert(1)</script></html>"u8.ToArray(), "referral.pdf", "application/pdf", _owner);

        Assert.Equal(200, status);
        var error = body.GetProperty("data").GetProperty("uploadPrescription").GetProperty("errors")[0];
        Assert.Equal(("ValidationError", "file"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(before, await Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM prescription_uploads"));
        Assert.Empty(StoredFiles());

        // A PNG sent as "application/pdf" is stored as what it is.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[100]];
        var (_, accepted) = await UploadPrescriptionAsync(png, "scan.pdf", "application/pdf", _owner);
        Assert.Equal("image/png", accepted.GetProperty("data").GetProperty("uploadPrescription").GetProperty("prescriptionUpload").GetProperty("fileType").GetString());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_runs()
    {
        var before = await Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM prescription_uploads");
        byte[] large = [.. Pdf, .. new byte[int.Parse(MaxFileSize)]];

        var (status, body) = await UploadPrescriptionAsync(large, "large.pdf", "application/pdf", _owner);

        Assert.Equal(413, status);
        Assert.Equal("FILE_TOO_LARGE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM prescription_uploads"));
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Multipart_needs_a_preflight_or_authorization_header()
    {
        var (status, body) = await UploadPrescriptionAsync(Pdf, "referral.pdf", "application/pdf", token: null);
        Assert.Equal(415, status);
        Assert.Equal("PREFLIGHT_REQUIRED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // With the preflight header but no token, the request runs and the field refuses the anonymous caller.
        var (anonymousStatus, anonymous) = await UploadPrescriptionAsync(Pdf, "referral.pdf", "application/pdf", token: null, preflight: true);
        Assert.Equal(200, anonymousStatus);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_malformed_map_is_a_bad_request()
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("""{"query":"mutation($f: Upload!) { uploadPrescription(input: {bookingId: \"x\", file: $f}) { errors { message } } }","variables":{"f":null}}"""), "operations" },
            { new StringContent("""{"0":["variables.nothing"]}"""), "map" },
            { new ByteArrayContent(Pdf), "0", "a.pdf" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _owner);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("INVALID_MULTIPART_REQUEST", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_document_uploads_and_stays_hidden_from_the_customer_until_released()
    {
        const string Upload = """
            mutation($input: UploadTestReportFileInput!) { uploadTestReportFile(input: $input) { testReport { reportFileUrl } errors { __typename } } }
            """;
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes("JFIF"), .. new byte[200]];

        var (status, body) = await SendAsync(Upload, new { input = new { testReportId = NodeId.Format("TestReport", _report), file = (string?)null } }, "variables.input.file",
            jpeg, "result.jpg", "image/jpeg", new Dictionary<string, string> { ["Authorization"] = "Bearer " + _labTech });

        Assert.True(status == 200, body.GetRawText());
        var url = body.GetProperty("data").GetProperty("uploadTestReportFile").GetProperty("testReport").GetProperty("reportFileUrl").GetString()!;
        using (var staff = await DownloadAsync(url, _labTech))
        {
            Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
            Assert.Equal("image/jpeg", staff.Content.Headers.ContentType?.MediaType);
        }

        using (var pending = await DownloadAsync(url, _owner))
            Assert.Equal(HttpStatusCode.NotFound, pending.StatusCode);
        await Sql.ExecuteAsync(fixture.ConnectionString, $"UPDATE test_reports SET status = 'VERIFIED' WHERE id = '{_report}'");
        using (var released = await DownloadAsync(url, _owner))
            Assert.Equal(HttpStatusCode.OK, released.StatusCode);
    }
}
