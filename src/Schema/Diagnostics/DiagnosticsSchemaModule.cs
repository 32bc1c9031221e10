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
            .RootConnection("pets", "Pets: the caller's own and those of their bookings; every one for ADMIN, LAB_TECH and ANALYST; a COLLECTOR's assigned ones.")
            .Connection("bookings", "reports")
            .ReadSignedIn()
            .ReadFields(["medicalHistory"], [Admin, LabTech], "its owner", (p, v) => p.UserId == v.UserId)
            .Write(WriteOperations.All, [Admin], "its owner", (p, v) => p.UserId == v.UserId)
            .DefaultsToCaller("owner"));
        module.Node<TestCategory>(category => category
            .RootConnection("testCategories", "The catalogue's categories.")
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
            .RootConnection("bookings", "Lab bookings: a customer's own; every one for ADMIN, LAB_TECH and ANALYST; the ones assigned to a COLLECTOR.")
            .Connection("items", "batchGroups")
            .ReadSignedIn()
            .ReadFields(["address", "addressLink"], [Admin], "its customer; the collector it is assigned to",
                (b, v) => b.UserId == v.UserId || b.CollectionStaffId == v.UserId)
            // Made only by createBooking (priced, with its bill); the generated create would be an unpriced second path.
            .GeneratedWrites(WriteOperations.Update | WriteOperations.Delete)
            .Write(WriteOperations.Update, [Admin, LabTech], "its customer", (b, v) => b.UserId == v.UserId)
            .Write(WriteOperations.Delete, [Admin])
            .WriteFields(["collectionStaff", "customer", "pet"], [Admin, LabTech]));
        module.Node<BookingItem>(item => item
            .Describe("unitPrice", "The lab test's price when booked.")
            .Describe("report", "The report of this test (one per item).")
            .RootConnection("bookingItems", "Booked tests, across bookings.")
            .ReadSignedIn()
            .ReadFields(["unitPrice"], [Admin, LabTech], "the booking's customer", (i, v) => i.Booking.UserId == v.UserId)
            // Items are written by createBooking with their price; staff may change quantity or remove one.
            .GeneratedWrites(WriteOperations.Update | WriteOperations.Delete)
            .Write(WriteOperations.Update | WriteOperations.Delete, [Admin, LabTech])
            .ServerManaged("unitPrice", "booking", "labTest"));
        module.Node<TestBatchGroup>(group => group
            .RootConnection("testBatchGroups", "Reports grouped per booking.")
            .Connection("reports")
            .ReadSignedIn(Admin, LabTech, Analyst)
            .Write(WriteOperations.All, [Admin, LabTech]));
        module.Node<TestReport>(report => report
            .Describe("reportFileUrl", "Where the report document is.")
            .Describe("generatedAt", "When the report was generated.")
            .Describe("verifiedAt", "When the report was verified.")
            .Describe("deliveredAt", "When the report was delivered to the customer.")
            .RootConnection("testReports", "Test reports: a customer's once VERIFIED or DELIVERED; every one for ADMIN, LAB_TECH and ANALYST.")
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
            .RootConnection("distancePricingConfigs", "What a home visit costs by distance.")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin])
            .DefaultsToCaller("updatedBy"));

        module.Node<Offer>(offer => offer
            .Description("A promotion: a percentage or a fixed amount off bookings dated in its window whose subtotal reaches `minimumOrderValue`. An offer with coupons applies only through their codes; one without applies by itself, the best one winning.")
            .Describe("discountValue", "Percent (0–100) for PERCENTAGE, an amount for FIXED_AMOUNT.")
            .Describe("startDate", "The first booking day it applies to.")
            .Describe("endDate", "The last booking day it applies to.")
            .Describe("eventTag", "For example Christmas, New Year, Health Month.")
            .Describe("applicableTests", "The tests it is limited to; none: every test.")
            .Describe("createdBy", "The admin who created it.")
            .RootConnection("offers", "Promotions on bookings dated in their windows.")
            .Connection("applicableTests", "coupons")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin])
            .DefaultsToCaller("createdBy"));
        module.Node<OfferLabTest>(test => test
            .Description("One test an offer is limited to.")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin]));
        module.Node<Coupon>(coupon => coupon
            .Description("A code a customer enters to get its offer, or, without an offer, a free home visit (the distance charge is waived). Unique regardless of case.")
            .Describe("maxUses", "How many bookings may use it; null: unlimited.")
            .Describe("currentUses", "How many bookings have used it.")
            .Describe("maxUsesPerUser", "How many bookings of one customer may use it.")
            .Describe("createdBy", "The admin who created it.")
            .RootConnection("coupons", "Coupon codes: the ones a customer redeemed; every one for ADMIN and ANALYST.")
            .Connection("redemptions")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin])
            .ServerManaged("currentUses")
            .DefaultsToCaller("createdBy"));
        module.Node<CouponRedemption>(redemption => redemption
            .Description("One use of a coupon by a booking, with the discount it gave; written by createBooking.")
            .Describe("user", "The customer.")
            .RootConnection("couponRedemptions", "Uses of coupons by bookings: a customer's own; every one for ADMIN and ANALYST.")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.None)
            .AppendOnly());
        module.Node<BillingRecord>(billing => billing
            .Description("What a booking costs, written with it in DRAFT: `finalAmount = baseAmount − discountAmount + distanceCharge`. Moves DRAFT → FINALIZED → INVOICED → PAID; invoiced, it has a gap-free yearly invoice number, its amounts are frozen and it cannot be deleted. The billed tests are the booking's items.")
            .Describe("user", "The customer billed.")
            .Describe("baseAmount", "The sum of the booking's lines.")
            .Describe("billingPeriod", "The billing date's month, YYYY-MM.")
            .Describe("invoiceNumber", "INV-<year>-<six digits>, given once as the record is invoiced.")
            .RootConnection("billingRecords", "What bookings cost, through to payment: a customer's own; every one for ADMIN and ANALYST.")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.Update | WriteOperations.Delete)
            .Write(WriteOperations.Update | WriteOperations.Delete, [Admin])
            .ServerManaged("booking", "user", "invoiceDate", "paidDate", "billingPeriod"));

        module.Node<PrescriptionUpload>(upload => upload
            .Description("A prescription or test form uploaded for a booking (`uploadPrescription`); an admin verifies it (`verifyPrescriptionUpload`).")
            .Hide("storedName")
            .Describe("user", "Who uploaded it.")
            .Describe("fileUrl", "Where to download it: answers the file to its uploader, the booking's customer, ADMIN and LAB_TECH; 404 to anyone else.")
            .Describe("fileName", "The name the client gave the file.")
            .Describe("fileType", "The media type its bytes show: application/pdf, image/jpeg or image/png.")
            .Describe("verifiedBy", "The admin who verified it.")
            .RootConnection("prescriptionUploads", "Prescriptions and test forms uploaded for bookings: the uploader's and the booking customer's; every one for ADMIN and LAB_TECH.")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.None));
        module.Node<ClinicInfo>(clinic => clinic
            .Description("The lab's contact details and location; there is one record (`clinicInfo`).")
            .Describe("whatsappNumber", "With country code, e.g. +91 98765 43210.")
            .Describe("whatsappLink", "https://wa.me/ and the number's digits, derived from `whatsappNumber`.")
            .Describe("openingTime", "HH:MM, 24-hour clock.")
            .Describe("closingTime", "HH:MM, 24-hour clock, after `openingTime`.")
            .Describe("updatedBy", "The admin who last set it.")
            .ReadPublic()
            // One record: updateClinicInfo (ADMIN) creates it the first time and changes it after.
            .GeneratedWrites(WriteOperations.None));

        module.AddTypeExtension<ClinicInfoQueries>();
        module.AddTypeExtension<ClinicInfoMutations>();
        module.Builder.BindRuntimeType<Uploads.IFile>(Uploads.UploadType.Instance);
        module.AddTypeExtension<UploadMutations>();
        module.AddTypeExtension<BookingQuoteQueries>();
        module.AddTypeExtension<CreateBookingMutations>();
        module.AddType<CouponNotApplicableError>();
        module.AddTypeExtension<BookingItemStatusMutations>();
        module.AddTypeExtension<BookingItemStatusSubscriptions>();
        module.AddTypeExtension<BillingRecordStatusMutations>();
        module.AddTypeExtension<BillingRecordStatusSubscriptions>();
        module.AddTypeExtension<BookingStatusMutations>();
        module.AddTypeExtension<BookingStatusSubscriptions>();
        module.AddTypeExtension<TestReportStatusMutations>();
        module.AddTypeExtension<TestReportStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }
}
