using System.Text.Json;
using Graph.Engine.Authorization;
using Graph.Persistence.Identity;
using Graph.Persistence.Seeding.Demo;
using Graph.Persistence.Studio;
using Graph.Schema.Authorization;
using Graph.Schema.Relay;
using Graph.Schema.Tests.Modules;
using Graph.Schema.Uploads;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Graph.Schema.Tests.Care.QuestionnaireIntakeTests;

namespace Graph.Schema.Tests.Studio;

/// <summary>Saved payment methods (four digits at most, one default per owner however many ask at once), who reads a
/// studio's resources (public, shared, lent, neither; parents of a shared student; teachers of the studio or of another), a
/// resource's uploaded file, and checkouts taking, giving back and writing off copies under the resource's row lock.</summary>
public sealed class ResourceTests(GraphFixture graph) : IClassFixture<GraphFixture>
{
    private const string CreateMethod = """
        mutation($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) {
          paymentMethod { id lastFour isDefault } errors { __typename message ... on ValidationError { field } ... on UniqueConstraintError { fields } } } }
        """;

    private const string Borrow = """
        mutation($input: CreateResourceCheckoutInput!) { createResourceCheckout(input: $input) {
          resourceCheckout { id status dueDate resource { quantityAvailable } } errors { __typename message ... on ValidationError { field } } } }
        """;

    private const string Move = """
        mutation($id: ID!, $status: ResourceCheckoutStatus!) { updateResourceCheckoutStatus(input: { resourceCheckoutId: $id, status: $status }) {
          resourceCheckout { id status returnedAt resource { quantityTotal quantityAvailable } } errors { __typename message ... on ValidationError { field } } } }
        """;

    private static readonly string MainStudio = NodeId.Format("Studio", DemoIds.For("studio/main"));

    [Theory]
    [InlineData("12345")]
    [InlineData("12a4")]
    [InlineData("abcd")]
    [InlineData("123")]
    public async Task Last_four_is_exactly_four_digits(string lastFour)
    {
        var refused = await CreateMethodAsync(Callers.As(Role.Admin), new { familyId = Family("lin"), paymentType = "CREDIT_CARD", lastFour });
        Assert.Equal(("ValidationError", "lastFour"), (Error(refused), refused.GetProperty("errors")[0].GetProperty("field").GetString()));

        var kept = await CreateMethodAsync(Callers.As(Role.Admin), new { familyId = Family("lin"), paymentType = "CREDIT_CARD", lastFour = "4321" });
        Assert.Null(Error(kept));
    }

    [Fact]
    public async Task A_method_has_one_owner_and_the_family_contact_writes_only_their_own()
    {
        var both = await CreateMethodAsync(Callers.As(Role.Admin), new
        {
            familyId = Family("okafor"), bandId = NodeId.Format("Band", DemoIds.For("band/thursday-combo")), paymentType = "DEBIT_CARD", lastFour = "1111",
        });
        Assert.Equal("ValidationError", Error(both));

        var own = await CreateMethodAsync(Callers.As(Role.Parent), new { familyId = Family("okafor"), paymentType = "BANK_ACCOUNT", lastFour = "2222" });
        Assert.Null(Error(own));
        // The Lins are not the PARENT account's family: it does not even see it.
        var other = await CreateMethodAsync(Callers.As(Role.Parent), new { familyId = Family("lin"), paymentType = "BANK_ACCOUNT", lastFour = "3333" });
        Assert.Equal(("ValidationError", "familyId"), (Error(other), other.GetProperty("errors")[0].GetProperty("field").GetString()));

        var seen = await graph.RunAsAsync(Callers.As(Role.Parent), "{ paymentMethods(first: 50) { nodes { lastFour family { id } band { id } } } }");
        var owners = seen.GetProperty("paymentMethods").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("family").ValueKind == JsonValueKind.Null ? "band" : n.GetProperty("family").GetProperty("id").GetString()).ToHashSet();
        Assert.Equal([Family("okafor"), "band"], owners);
        var teacher = await graph.RunAsAsync(Callers.As(Role.Teacher), "{ paymentMethods(first: 50) { totalCount } }");
        Assert.Equal(0, teacher.GetProperty("paymentMethods").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Of_concurrent_requests_making_a_familys_default_method_one_wins()
    {
        var family = await SqlKeyAsync($"INSERT INTO families (studio_id, name) VALUES ('{DemoIds.For("studio/main")}', 'Race family') RETURNING id");
        var familyId = NodeId.Format("Family", family);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            CreateMethodAsync(Callers.As(Role.Admin), new { familyId, paymentType = "CREDIT_CARD", lastFour = $"100{i}", isDefault = true })));

        Assert.Equal(1, results.Count(r => Error(r) is null));
        Assert.All(results.Where(r => Error(r) is not null), r => Assert.Equal("UniqueConstraintError", Error(r)));
        await using var db = graph.CreateContext();
        Assert.Equal(1, await db.Set<PaymentMethod>().CountAsync(p => p.FamilyId == family && p.IsDefault && p.IsActive));

        // An inactive default does not count, until it is made active again.
        var spare = await CreateMethodAsync(Callers.As(Role.Admin), new { familyId, paymentType = "DEBIT_CARD", lastFour = "2000", isDefault = true, isActive = false });
        Assert.Null(Error(spare));
        var reactivated = (await graph.RunAsync("""
            mutation($id: ID!) { updatePaymentMethod(input: { id: $id, isActive: true }) { errors { __typename } } }
            """, Vars(new { id = spare.GetProperty("paymentMethod").GetProperty("id").GetString() }))).GetProperty("updatePaymentMethod");
        Assert.Equal("UniqueConstraintError", Error(reactivated));
    }

    [Theory]
    [InlineData(Role.Admin, "lending-metronomes,scales-pdf,theory-link,blues-recording,teacher-video,method-books,studio-harp")]
    [InlineData(Role.Teacher, "lending-metronomes,scales-pdf,theory-link,blues-recording,teacher-video,method-books,studio-harp")]
    [InlineData(Role.Student, "lending-metronomes,scales-pdf,theory-link,method-books")]
    [InlineData(Role.Parent, "lending-metronomes,theory-link,method-books")]
    [InlineData(Role.Customer, "")]
    public async Task Resources_are_read_by_their_studio_and_whom_they_are_shared_with_or_lent_to(Role role, string expected) =>
        Assert.Equal(Ids("Resource", "resource/", expected), await DemoResourcesAsync(Callers.As(role)));

    [Fact]
    public async Task Students_read_public_resources_of_their_studio_and_those_shared_with_them_and_parents_those_shared_with_their_child()
    {
        var main = DemoIds.For("studio/main");
        var other = await SqlKeyAsync("INSERT INTO studios (name, slug, time_zone) VALUES ('Other studio', 'other-studio-resources', 'Europe/Paris') RETURNING id");

        // A student of the studio without shares reads the public ones only; one of another studio none of them.
        var unshared = await UserAsync("unshared", Role.Student);
        await Sql.ExecuteAsync(graph.ConnectionString, $"INSERT INTO students (user_id, studio_id, first_name) VALUES ('{unshared}', '{main}', 'Una')");
        Assert.Equal(Ids("Resource", "resource/", "lending-metronomes,scales-pdf"), await DemoResourcesAsync(Viewers.Principal(unshared, [Role.Student])));
        var elsewhere = await UserAsync("elsewhere", Role.Student);
        await Sql.ExecuteAsync(graph.ConnectionString, $"INSERT INTO students (user_id, studio_id, first_name) VALUES ('{elsewhere}', '{other}', 'Elsa')");
        Assert.Empty(await DemoResourcesAsync(Viewers.Principal(elsewhere, [Role.Student])));

        // The Lins' contact reads what is shared with Maya and what she borrowed, not the public ones.
        var linParent = await UserAsync("lin-parent", Role.Parent);
        await Sql.ExecuteAsync(graph.ConnectionString, $"UPDATE families SET primary_contact_id = '{linParent}' WHERE id = '{DemoIds.For("family/lin")}'");
        Assert.Equal(Ids("Resource", "resource/", "blues-recording,method-books"), await DemoResourcesAsync(Viewers.Principal(linParent, [Role.Parent])));

        // Sharing one with the unshared student shows it to them, deleting the share hides it again.
        var share = (await graph.RunAsAsync(Callers.As(Role.Teacher), """
            mutation($input: CreateResourceShareInput!) { createResourceShare(input: $input) { resourceShare { id } errors { __typename } } }
            """, Vars(new { input = new { resourceId = Resource("teacher-video"), studentId = await StudentIdAsync(unshared) } })))
            .GetProperty("createResourceShare").GetProperty("resourceShare").GetProperty("id").GetString();
        Assert.Contains(Resource("teacher-video"), await DemoResourcesAsync(Viewers.Principal(unshared, [Role.Student])));
        await graph.RunAsAsync(Callers.As(Role.Teacher), "mutation($id: ID!) { deleteResourceShare(input: { id: $id }) { errors { __typename } } }", Vars(new { id = share }));
        Assert.DoesNotContain(Resource("teacher-video"), await DemoResourcesAsync(Viewers.Principal(unshared, [Role.Student])));

        // A teacher of another studio reads none of this studio's, and writes none of them.
        var stranger = await UserAsync("other-teacher", Role.Teacher);
        await Sql.ExecuteAsync(graph.ConnectionString, $"INSERT INTO teachers (user_id, studio_id) VALUES ('{stranger}', '{other}')");
        var teacher = Viewers.Principal(stranger, [Role.Teacher]);
        Assert.Empty(await DemoResourcesAsync(teacher));
        var create = await graph.ExecuteAsAsync(teacher, """
            mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } errors { __typename } } }
            """, Vars(new { input = new { studioId = MainStudio, title = "Not mine", resourceType = "LINK", externalUrl = "https://example.org" } }));
        Assert.Equal(AuthorizationSchema.NotAuthorizedCode, create.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var own = await graph.RunAsAsync(teacher, """
            mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id uploadedBy { id } } errors { __typename } } }
            """, Vars(new { input = new { studioId = NodeId.Format("Studio", other), title = "Mine", resourceType = "LINK", externalUrl = "https://example.org" } }));
        Assert.Equal(NodeId.Format("User", stranger), own.GetProperty("createResource").GetProperty("resource").GetProperty("uploadedBy").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_digital_resource_needs_a_file_or_a_url_and_a_link_its_url()
    {
        var bare = await CreateResourceAsync(new { studioId = MainStudio, title = "Nothing to read", resourceType = "PDF" });
        Assert.Equal("ValidationError", Error(bare));
        var link = await CreateResourceAsync(new { studioId = MainStudio, title = "A link without its URL", resourceType = "LINK", isPhysicalItem = true });
        Assert.Equal("ValidationError", Error(link));
        var script = await CreateResourceAsync(new { studioId = MainStudio, title = "Script", resourceType = "LINK", externalUrl = "javascript:alert(1)" });
        Assert.Equal(("ValidationError", "externalUrl"), (Error(script), script.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Null(Error(await CreateResourceAsync(new { studioId = MainStudio, title = "A book", resourceType = "PHYSICAL", isPhysicalItem = true })));
    }

    [Fact]
    public async Task A_resources_file_is_stored_by_the_upload_storage_and_a_refused_write_keeps_none()
    {
        var storage = graph.Services.GetRequiredService<FileStorage>();
        var pdf = new MemoryFile("etude.pdf", [.. "%PDF-1.4\n%%EOF\n"u8, .. new byte[100]]);
        var created = (await graph.RunAsync("""
            mutation($input: CreateResourceInput!) { createResource(input: $input) {
              resource { id fileUrl fileName fileSize mimeType } errors { __typename message } } }
            """, new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?> { ["studioId"] = MainStudio, ["title"] = "Etude", ["resourceType"] = "PDF", ["file"] = pdf },
        })).GetProperty("createResource");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("errors").ValueKind);
        var resource = created.GetProperty("resource");
        Assert.Equal(("etude.pdf", pdf.Length, "application/pdf"),
            (resource.GetProperty("fileName").GetString(), resource.GetProperty("fileSize").GetInt64(), resource.GetProperty("mimeType").GetString()));
        var stored = resource.GetProperty("fileUrl").GetString()!.Split('/')[^1];
        using (var file = storage.Open(stored))
            Assert.NotNull(file);

        // Taking the file away leaves a PDF with neither file nor URL: refused, and the file stays.
        var id = resource.GetProperty("id").GetString();
        var cleared = (await graph.RunAsync("mutation($id: ID!) { updateResource(input: { id: $id, file: null }) { errors { __typename } } }", Vars(new { id })))
            .GetProperty("updateResource");
        Assert.Equal("ValidationError", Error(cleared));
        using (var file = storage.Open(stored))
            Assert.NotNull(file);

        // A create the database refuses (an empty title) stores no file.
        var before = Directory.GetFiles(Path.GetDirectoryName(StoredPath(storage, stored))!).Length;
        var refused = (await graph.RunAsync("""
            mutation($input: CreateResourceInput!) { createResource(input: $input) { errors { __typename } } }
            """, new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?> { ["studioId"] = MainStudio, ["title"] = "", ["resourceType"] = "PDF", ["file"] = pdf },
        })).GetProperty("createResource");
        Assert.Equal("ValidationError", Error(refused));
        Assert.Equal(before, Directory.GetFiles(Path.GetDirectoryName(StoredPath(storage, stored))!).Length);

        // Replaced by a URL and cleared, the file goes once the write commits.
        var replaced = (await graph.RunAsync("""
            mutation($id: ID!) { updateResource(input: { id: $id, file: null, externalUrl: "https://example.org/etude" }) { resource { fileUrl } errors { __typename } } }
            """, Vars(new { id }))).GetProperty("updateResource");
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("resource").GetProperty("fileUrl").ValueKind);
        Assert.Null(storage.Open(stored));
    }

    [Fact]
    public async Task Of_concurrent_checkouts_only_as_many_win_as_there_are_copies()
    {
        var resource = await LendableAsync("Tuning forks", copies: 2);
        var students = await StudentsAsync(6);

        var results = await Task.WhenAll(students.Select(student => BorrowAsync(Callers.As(Role.Teacher), resource, student)));

        Assert.Equal(2, results.Count(r => Error(r) is null));
        var refusals = results.Where(r => Error(r) is not null).ToList();
        Assert.Equal(4, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(("ValidationError", "resourceId"), (Error(r), r.GetProperty("errors")[0].GetProperty("field").GetString())));
        Assert.Contains("No copy of Tuning forks is left", refusals[0].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal((2, 0), await QuantitiesAsync(resource));
        await using var db = graph.CreateContext();
        Assert.Equal(2, await db.Set<ResourceCheckout>().CountAsync(c => c.ResourceId == resource));
    }

    [Fact]
    public async Task Returning_gives_the_copy_back_losing_writes_it_off_and_deleting_a_held_checkout_gives_it_back()
    {
        var resource = await LendableAsync("Ukuleles", copies: 2, days: 10);
        var students = await StudentsAsync(3);
        var first = await BorrowAsync(Callers.As(Role.Admin), resource, students[0]);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), DateOnly.Parse(first.GetProperty("resourceCheckout").GetProperty("dueDate").GetString()!));
        var second = await BorrowAsync(Callers.As(Role.Admin), resource, students[1]);
        Assert.Equal(0, second.GetProperty("resourceCheckout").GetProperty("resource").GetProperty("quantityAvailable").GetInt32());

        var returned = await MoveAsync(Callers.As(Role.Teacher), Id(first), "RETURNED");
        Assert.Equal((2, 1), Stock(returned));
        Assert.NotEqual(JsonValueKind.Null, returned.GetProperty("resourceCheckout").GetProperty("returnedAt").ValueKind);
        Assert.Equal("InvalidStatusTransitionError", Error(await MoveAsync(Callers.As(Role.Teacher), Id(first), "RETURNED")));

        Assert.Null(Error(await MoveAsync(Callers.As(Role.Teacher), Id(second), "OVERDUE")));
        var lost = await MoveAsync(Callers.As(Role.Teacher), Id(second), "LOST");
        // The lost copy stays out of what is available, and leaves the total.
        Assert.Equal((1, 1), Stock(lost));
        Assert.Equal("InvalidStatusTransitionError", Error(await MoveAsync(Callers.As(Role.Teacher), Id(second), "RETURNED")));
        Assert.Equal((1, 1), await QuantitiesAsync(resource));

        // Deleting the lost checkout brings nothing back; deleting a held one does.
        await graph.RunAsync("mutation($id: ID!) { deleteResourceCheckout(input: { id: $id }) { errors { __typename } } }", Vars(new { id = Id(second) }));
        Assert.Equal((1, 1), await QuantitiesAsync(resource));
        var third = await BorrowAsync(Callers.As(Role.Admin), resource, students[2]);
        Assert.Equal((1, 0), await QuantitiesAsync(resource));
        await graph.RunAsync("mutation($id: ID!) { deleteResourceCheckout(input: { id: $id }) { errors { __typename } } }", Vars(new { id = Id(third) }));
        Assert.Equal((1, 1), await QuantitiesAsync(resource));

        // A student neither moves checkouts nor sees anyone else's.
        var student = await graph.ExecuteAsAsync(Callers.As(Role.Student), Move, Vars(new { id = Id(first), status = "LOST" }));
        Assert.Equal(AuthorizationSchema.NotAuthorizedCode, student.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_lendable_physical_resources_are_checked_out()
    {
        var sam = NodeId.Format("Student", DemoIds.For("student/sam"));
        foreach (var key in new[] { "studio-harp", "scales-pdf" })
        {
            var refused = (await graph.RunAsync(Borrow, Vars(new { input = new { resourceId = Resource(key), studentId = sam } }))).GetProperty("createResourceCheckout");
            Assert.Equal(("ValidationError", "resourceId"), (Error(refused), refused.GetProperty("errors")[0].GetProperty("field").GetString()));
            Assert.EndsWith("is not a lendable physical item.", refused.GetProperty("errors")[0].GetProperty("message").GetString());
        }
    }

    [Theory]
    [InlineData(Role.Teacher, "out,overdue,returned,lost")]
    [InlineData(Role.Student, "out,returned")]
    [InlineData(Role.Parent, "out,returned")]
    [InlineData(Role.Customer, "")]
    public async Task Checkouts_are_read_by_the_studios_teachers_the_student_and_their_family_contact(Role role, string expected)
    {
        var data = await graph.RunAsAsync(Callers.As(role), "{ resourceCheckouts(first: 50) { nodes { id } } }");
        var seen = data.GetProperty("resourceCheckouts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)
            .Where(id => Ids("ResourceCheckout", "resource-checkout/", "out,overdue,returned,lost").Contains(id)).Order().ToList();
        Assert.Equal(Ids("ResourceCheckout", "resource-checkout/", expected), seen);
    }

    [Fact]
    public async Task The_demo_books_hold_what_their_checkouts_hold()
    {
        // Three copies: one out, one overdue, one lost (written off), one returned.
        Assert.Equal((2, 0), await QuantitiesAsync(DemoIds.For("resource/method-books")));
        Assert.Equal((5, 5), await QuantitiesAsync(DemoIds.For("resource/lending-metronomes")));

        // The resource's own checkouts (a connection named as the root one), with their aggregates, as a teacher reads them.
        var books = await graph.RunAsAsync(Callers.As(Role.Teacher), """
            query($id: ID!) { node(id: $id) { ... on Resource { checkouts(first: 10, order: [{ checkedOutAt: ASC }]) {
              totalCount nodes { status } aggregate { count } } } } }
            """, Vars(new { id = Resource("method-books") }));
        var checkouts = books.GetProperty("node").GetProperty("checkouts");
        Assert.Equal((4, 4), (checkouts.GetProperty("totalCount").GetInt32(), checkouts.GetProperty("aggregate").GetProperty("count").GetInt32()));
        Assert.Equal(["LOST", "RETURNED", "OVERDUE", "CHECKED_OUT"], checkouts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("status").GetString()));
    }

    private async Task<JsonElement> CreateMethodAsync(System.Security.Claims.ClaimsPrincipal caller, object input) =>
        (await graph.RunAsAsync(caller, CreateMethod, Vars(new { input }))).GetProperty("createPaymentMethod");

    private async Task<JsonElement> CreateResourceAsync(object input) =>
        (await graph.RunAsync("""
            mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } errors { __typename message ... on ValidationError { field } } } }
            """, Vars(new { input }))).GetProperty("createResource");

    private async Task<Guid> LendableAsync(string title, int copies, int days = 14)
    {
        var created = await CreateResourceAsync(new
        {
            studioId = MainStudio, title, resourceType = "PHYSICAL", isPhysicalItem = true, isLendable = true, quantityTotal = copies, checkoutDurationDays = days,
        });
        Assert.Null(Error(created));
        Assert.True(NodeKeys.TryParse(created.GetProperty("resource").GetProperty("id").GetString(), "Resource", out var key));
        return key;
    }

    private async Task<JsonElement> BorrowAsync(System.Security.Claims.ClaimsPrincipal caller, Guid resource, string studentId) =>
        (await graph.RunAsAsync(caller, Borrow, Vars(new { input = new { resourceId = NodeId.Format("Resource", resource), studentId } })))
            .GetProperty("createResourceCheckout");

    private async Task<JsonElement> MoveAsync(System.Security.Claims.ClaimsPrincipal caller, string id, string status) =>
        (await graph.RunAsAsync(caller, Move, Vars(new { id, status }))).GetProperty("updateResourceCheckoutStatus");

    /// <summary>New students of the main studio, as global IDs.</summary>
    private async Task<List<string>> StudentsAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var key = await SqlKeyAsync($"INSERT INTO students (studio_id, first_name) VALUES ('{DemoIds.For("studio/main")}', 'Borrower {i}') RETURNING id");
            ids.Add(NodeId.Format("Student", key));
        }

        return ids;
    }

    private async Task<string> StudentIdAsync(Guid user) =>
        NodeId.Format("Student", await SqlKeyAsync($"SELECT id FROM students WHERE user_id = '{user}'"));

    private async Task<Guid> UserAsync(string name, Role role) =>
        await SqlKeyAsync($"INSERT INTO users (email, roles) VALUES ('{name}.{Guid.NewGuid():N}@resources.test', ARRAY['{role.ToString().ToUpperInvariant()}']) RETURNING id");

    private Task<Guid> SqlKeyAsync(string sql) => Sql.ScalarAsync<Guid>(graph.ConnectionString, sql);

    private async Task<(int Total, int Available)> QuantitiesAsync(Guid resource)
    {
        await using var db = graph.CreateContext();
        var row = await db.Set<Resource>().Where(r => r.Id == resource).Select(r => new { r.QuantityTotal, r.QuantityAvailable }).SingleAsync();
        return (row.QuantityTotal, row.QuantityAvailable);
    }

    /// <summary>The demo resources <paramref name="caller"/> reads, as sorted global IDs.</summary>
    private async Task<List<string>> DemoResourcesAsync(System.Security.Claims.ClaimsPrincipal caller)
    {
        var data = await graph.RunAsAsync(caller, "{ resources(first: 100) { nodes { id } } }");
        var demo = Ids("Resource", "resource/", "lending-metronomes,scales-pdf,theory-link,blues-recording,teacher-video,method-books,studio-harp");
        return [.. data.GetProperty("resources").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Where(demo.Contains).Order()];
    }

    private static string StoredPath(FileStorage storage, string stored)
    {
        using var file = (FileStream)storage.Open(stored)!;
        return file.Name;
    }

    private static string Family(string key) => NodeId.Format("Family", DemoIds.For("family/" + key));

    private static string Resource(string key) => NodeId.Format("Resource", DemoIds.For("resource/" + key));

    private static string Id(JsonElement payload) => payload.GetProperty("resourceCheckout").GetProperty("id").GetString()!;

    private static (int, int) Stock(JsonElement payload)
    {
        var resource = payload.GetProperty("resourceCheckout").GetProperty("resource");
        return (resource.GetProperty("quantityTotal").GetInt32(), resource.GetProperty("quantityAvailable").GetInt32());
    }

    private static List<string> Ids(string type, string prefix, string keys) =>
        [.. keys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => NodeId.Format(type, DemoIds.For(prefix + k))).Order()];

    private static string? Error(JsonElement payload) =>
        payload.GetProperty("errors").ValueKind == JsonValueKind.Null ? null : payload.GetProperty("errors")[0].GetProperty("__typename").GetString();

    private sealed class MemoryFile(string name, byte[] content) : IFile
    {
        public string Name => name;

        public string? ContentType => "application/pdf";

        public long Length => content.Length;

        public Stream OpenReadStream() => new MemoryStream(content, writable: false);
    }
}
