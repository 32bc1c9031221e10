using Graph.Persistence.Diagnostics;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Diagnostics;

/// <summary>The veterinary lab: pets, the test catalogue, bookings with their items, batch groups and reports.</summary>
public sealed class DiagnosticsSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<Pet>(pet => pet
            .Describe("owner", "The customer who owns the pet.")
            .Describe("species", "For example Dog, Cat or Bird.")
            .Describe("ageYears", "Age in years (decimal).")
            .Describe("weightKg", "Weight in kilograms.")
            .RootConnection("pets")
            .Connection("bookings", "reports")
            .ReadSignedIn()
            .ReadFields(["medicalHistory"], [Admin, LabTech], "its owner", (p, v) => p.UserId == v.UserId)
            .Write(WriteOperations.All, [Admin], "its owner", (p, v) => p.UserId == v.UserId)
            .DefaultsToCaller("owner"));
        module.Node<TestCategory>(category => category
            .Connection("labTests")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin, LabTech]));
        module.Node<LabTest>(test => test
            .Describe("price", "List price.")
            .Describe("discountedPrice", "Price after discount, when discounted.")
            .Describe("reportTimeHours", "Hours until the report is ready.")
            .Describe("tatHours", "Turnaround time in hours.")
            .Describe("tubeType", "The collection tube to use.")
            .Describe("sampleQuantityMl", "Sample volume in millilitres.")
            .RootConnection("labTests", "The test catalogue.")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin, LabTech]));
        module.Node<Booking>(booking => booking
            .Describe("customer", "The customer who booked.")
            .Describe("bookingDate", "When the sample is collected.")
            .Describe("address", "The collection address as text.")
            .Describe("addressLink", "A maps link to the collection address.")
            .Describe("collectionStaff", "The staff member who collects the sample.")
            .Describe("estimatedDistanceKm", "Estimated travel distance for collection, in km.")
            .RootConnection("bookings")
            .Connection("items", "batchGroups")
            .ReadSignedIn()
            .ReadFields(["address", "addressLink"], [Admin], "its customer; the collector it is assigned to",
                (b, v) => b.UserId == v.UserId || b.CollectionStaffId == v.UserId)
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin, LabTech], "its customer", (b, v) => b.UserId == v.UserId)
            .Write(WriteOperations.Delete, [Admin])
            .WriteFields(["collectionStaff"], [Admin, LabTech])
            .DefaultsToCaller("customer"));
        module.Node<BookingItem>(item => item
            .Describe("unitPrice", "The lab test's price when booked.")
            .Describe("report", "The report of this test (one per item).")
            .ReadSignedIn()
            .ReadFields(["unitPrice"], [Admin, LabTech], "the booking's customer", (i, v) => i.Booking.UserId == v.UserId)
            .Write(WriteOperations.All, [Admin, LabTech]));
        module.Node<TestBatchGroup>(group => group
            .Connection("reports")
            .ReadSignedIn(Admin, LabTech, Analyst)
            .Write(WriteOperations.All, [Admin, LabTech]));
        module.Node<TestReport>(report => report
            .Describe("reportFileUrl", "Where the report document is.")
            .Describe("generatedAt", "When the report was generated.")
            .Describe("verifiedAt", "When the report was verified.")
            .Describe("deliveredAt", "When the report was delivered to the customer.")
            .RootConnection("testReports")
            // A customer reads a report (findings and file included) only once it is released: the row rule says so.
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin, LabTech])
            .Write(WriteOperations.Delete, [Admin])
            .ServerManaged("generatedAt", "verifiedAt", "deliveredAt"));
        module.Node<DistancePricingConfig>(pricing => pricing
            .Description("What a home visit costs by distance: free up to `maxFreeDistanceKm`, beyond it `baseCharge` plus `chargePerKm` per km over.")
            .Describe("effectiveFrom", "The first day it applies; of the active configurations that apply on a day, the newest wins.")
            .Describe("effectiveUntil", "The last day it applies; null while it has no end.")
            .Describe("updatedBy", "The admin who last set it.")
            .RootConnection("distancePricingConfigs")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin])
            .DefaultsToCaller("updatedBy"));

        module.AddTypeExtension<BookingStatusMutations>();
        module.AddTypeExtension<BookingStatusSubscriptions>();
        module.AddTypeExtension<TestReportStatusMutations>();
        module.AddTypeExtension<TestReportStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }
}
