using Graph.Engine.Data;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Diagnostics;
using Graph.Schema.Composition;
using Graph.Schema.Data.Entities;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Diagnostics;

/// <summary>The veterinary lab: pets, the test catalogue, bookings with their items, batch groups and reports.</summary>
public sealed class DiagnosticsSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddNodeEntity<Pet>("Pet", t => t
            .ForeignKey("owner", nameof(Pet.UserId))
            .Describe("owner", "The customer who owns the pet.")
            .Describe("species", "For example Dog, Cat or Bird.")
            .Describe("ageYears", "Age in years (decimal).")
            .Describe("weightKg", "Weight in kilograms."));
        module.AddNodeEntity<TestCategory>("TestCategory");
        module.AddNodeEntity<LabTest>("LabTest", t => t
            .Describe("price", "List price.")
            .Describe("discountedPrice", "Price after discount, when discounted.")
            .Describe("reportTimeHours", "Hours until the report is ready.")
            .Describe("tatHours", "Turnaround time in hours.")
            .Describe("tubeType", "The collection tube to use.")
            .Describe("sampleQuantityMl", "Sample volume in millilitres."));
        module.AddNodeEntity<Booking>("Booking", t => t
            .ForeignKey("customer", nameof(Booking.UserId))
            .Describe("customer", "The customer who booked.")
            .Describe("bookingDate", "When the sample is collected.")
            .Describe("address", "The collection address as text.")
            .Describe("addressLink", "A maps link to the collection address.")
            .Describe("collectionStaff", "The staff member who collects the sample.")
            .Describe("estimatedDistanceKm", "Estimated travel distance for collection, in km."));
        module.AddNodeEntity<BookingItem>("BookingItem", t => t
            .Describe("unitPrice", "The lab test's price when booked.")
            .Describe("report", "The report of this test (one per item)."));
        module.AddNodeEntity<TestBatchGroup>("TestBatchGroup");
        module.AddNodeEntity<TestReport>("TestReport", t => t
            .Describe("reportFileUrl", "Where the report document is.")
            .Describe("generatedAt", "When the report was generated.")
            .Describe("verifiedAt", "When the report was verified.")
            .Describe("deliveredAt", "When the report was delivered to the customer."));

        module.AddConnectionField("User", "pets");
        module.AddConnectionField("User", "bookings");
        module.AddConnectionField("Pet", "bookings");
        module.AddConnectionField("Pet", "reports");
        module.AddConnectionField("TestCategory", "labTests");
        module.AddConnectionField("Booking", "items");
        module.AddConnectionField("Booking", "batchGroups");
        module.AddConnectionField("TestBatchGroup", "reports");
        module.AddTypeExtension<DiagnosticsQueries>();
        module.AddTypeExtension<BookingStatusMutations>();
        module.AddTypeExtension<BookingStatusSubscriptions>();
        module.AddTypeExtension<TestReportStatusMutations>();
        module.AddTypeExtension<TestReportStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }
}

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class DiagnosticsQueries
{
    [UseConnection]
    public IQueryable<Pet> Pets([Service] GraphDbContext db) => db.Pets;

    [UseConnection]
    public IQueryable<Booking> Bookings([Service] GraphDbContext db) => db.Bookings;

    [UseConnection]
    [GraphQLDescription("The test catalogue.")]
    public IQueryable<LabTest> LabTests([Service] GraphDbContext db) => db.LabTests;

    [UseConnection]
    public IQueryable<TestReport> TestReports([Service] GraphDbContext db) => db.TestReports;
}
