using System.Text.RegularExpressions;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Tests.Modules;

/// <summary>
/// Every column docs/data-model.md maps a seed attribute to, and every mapped property of the EF model, is a field
/// of its GraphQL type — except secrets, which must not be.
/// </summary>
public sealed partial class SeedAttributeFieldTests
{
    /// <summary>Every table of the EF model and its entity's GraphQL type (a node type is named as its entity class).</summary>
    private static readonly Dictionary<string, string> TypeOfTable = GraphModel.Instance.GetEntityTypes()
        .ToDictionary(e => e.GetTableName()!, e => e.ClrType.Name, StringComparer.Ordinal);

    /// <summary>Never fields: credentials and token bookkeeping, and the event outbox (not a node).</summary>
    private static readonly HashSet<string> SecretTables = ["revoked_tokens", "refresh_tokens", "event_outbox", "persisted_operations"];

    private static readonly HashSet<string> SecretColumns =
        ["users.password_hash", "prescription_uploads.stored_name", "resources.stored_name", "webhooks.secret", "webhooks.previous_secret", "webhooks.topic", "webhook_deliveries.event_id"];

    private static readonly GraphSchema Schema = new ServiceCollection()
        .AddGraphSchema().AddGraphModules().BuildServiceProvider().GetRequiredService<GraphSchema>();

    [Fact]
    public void Every_mapped_seed_column_is_a_field_of_its_type()
    {
        var columns = MappedColumns();
        Assert.True(columns.Count > 150, $"read only {columns.Count} columns from docs/data-model.md");

        var missing = new List<string>();
        foreach (var (table, column) in columns)
        {
            if (SecretTables.Contains(table) || SecretColumns.Contains(table + "." + column))
                continue;
            if (!TypeOfTable.TryGetValue(table, out var typeName))
            {
                missing.Add($"{table}.{column} (no GraphQL type for the table)");
                continue;
            }

            var type = Schema.GetType(typeName) as ObjectType;
            if (type?.GetField(CamelCase(column)) is null)
                missing.Add($"{table}.{column} → {typeName}.{CamelCase(column)}");
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_property_of_the_ef_model_is_a_field_except_secrets()
    {
        using var db = new GraphDbContext(new DbContextOptionsBuilder<GraphDbContext>().UseNpgsql("Host=unused").Options);
        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var typeName = entity.ClrType.Name;
            var table = entity.GetTableName()!;
            if (SecretTables.Contains(table))
                continue;
            var type = (ObjectType)Schema.GetType(typeName)!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null))
            {
                var field = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                if (SecretColumns.Contains(table + "." + property.GetColumnName(store)))
                    continue;
                if (type.GetField(field) is null)
                    missing.Add(typeName + "." + field);
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Secrets_are_not_in_the_schema()
    {
        var user = (ObjectType)Schema.GetType("User")!;
        Assert.Null(user.GetField("passwordHash"));
        Assert.Null(user.GetField("refreshTokens"));
        Assert.Null(Schema.GetType("RefreshToken"));
        Assert.Null(Schema.GetType("RevokedToken"));
        Assert.DoesNotContain("passwordHash", SchemaPrinter.Print(Schema), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_type_implements_node()
    {
        foreach (var typeName in TypeOfTable.Where(t => !SecretTables.Contains(t.Key)).Select(t => t.Value))
        {
            var type = Assert.IsType<ObjectType>(Schema.GetType(typeName));
            Assert.Contains(type.Interfaces, i => i.Name == "Node");
            Assert.Equal("ID!", type.GetField("id")!.Type.ToString());
        }
    }

    [Theory]
    [InlineData("Pet.owner", "User!")]
    [InlineData("User.pets", "UserPetsConnection")]
    [InlineData("User.addresses", "UserAddressesConnection")]
    [InlineData("User.bookings", "UserBookingsConnection")]
    [InlineData("Booking.customer", "User!")]
    [InlineData("Booking.pet", "Pet!")]
    [InlineData("Booking.collectionStaff", "User")]
    [InlineData("Booking.items", "BookingItemsConnection")]
    [InlineData("Booking.batchGroups", "BookingBatchGroupsConnection")]
    [InlineData("BookingItem.labTest", "LabTest!")]
    [InlineData("BookingItem.report", "TestReport")]
    [InlineData("BookingItem.booking", "Booking!")]
    [InlineData("TestReport.pet", "Pet!")]
    [InlineData("TestReport.bookingItem", "BookingItem!")]
    [InlineData("TestReport.labTest", "LabTest!")]
    [InlineData("TestReport.batchGroup", "TestBatchGroup")]
    [InlineData("TestBatchGroup.reports", "TestBatchGroupReportsConnection")]
    [InlineData("Pet.bookings", "PetBookingsConnection")]
    [InlineData("Pet.reports", "PetReportsConnection")]
    [InlineData("LabTest.category", "TestCategory!")]
    [InlineData("TestCategory.labTests", "TestCategoryLabTestsConnection")]
    [InlineData("Lead.assignedTo", "User")]
    [InlineData("Lead.convertedStudent", "Student")]
    [InlineData("Student.convertedFromLead", "Lead")]
    [InlineData("Student.enrollments", "StudentEnrollmentsConnection")]
    [InlineData("Program.enrollments", "ProgramEnrollmentsConnection")]
    [InlineData("Enrollment.student", "Student!")]
    [InlineData("Enrollment.program", "Program!")]
    [InlineData("Enrollment.closer", "TeamMember")]
    [InlineData("Enrollment.setter", "TeamMember")]
    [InlineData("Enrollment.installments", "EnrollmentInstallmentsConnection")]
    [InlineData("Enrollment.payments", "EnrollmentPaymentsConnection")]
    [InlineData("Installment.enrollment", "Enrollment!")]
    [InlineData("Installment.payments", "InstallmentPaymentsConnection")]
    [InlineData("Payment.installment", "Installment")]
    [InlineData("Payment.enrollment", "Enrollment")]
    [InlineData("Payment.processedBy", "User")]
    [InlineData("TeamMember.user", "User")]
    public void Relationship_fields_exist_in_both_directions(string coordinate, string type)
    {
        var (typeName, fieldName) = (coordinate[..coordinate.IndexOf('.')], coordinate[(coordinate.IndexOf('.') + 1)..]);
        var field = ((ObjectType)Schema.GetType(typeName)!).GetField(fieldName);
        Assert.NotNull(field);
        Assert.Equal(type, field.Type.ToString());
    }

    private static List<(string Table, string Column)> MappedColumns()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Graph.sln")))
            root = root.Parent;
        var text = File.ReadAllText(Path.Combine(root!.FullName, "docs", "data-model.md"));
        var section = text[text.IndexOf("## Seed attributes → columns", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];

        var columns = new List<(string, string)>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| 0", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            foreach (Match match in ColumnPattern().Matches(cells[3]))
                columns.Add((match.Groups[1].Value, match.Groups[2].Value));
        }

        return columns;
    }

    private static string CamelCase(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    [GeneratedRegex(@"([a-z_]+)\.([a-z_0-9]+)")]
    private static partial Regex ColumnPattern();
}
