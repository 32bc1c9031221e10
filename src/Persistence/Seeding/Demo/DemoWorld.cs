using Graph.Persistence.Crm;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;

namespace Graph.Persistence.Seeding.Demo;

/// <summary>The demo data set: a small, coherent world. Every row has a stable id (<see cref="DemoIds"/>);
/// dates are relative to <paramref name="now"/>, the time of the first seeding. Every status of bookings,
/// items, reports, leads, enrollments, installments, payments, lessons, goals, room reservations, inventory and resource checkouts occurs at least once.</summary>
internal sealed partial class DemoWorld
{
    public DemoWorld(DateTimeOffset now)
    {
        Now = now;
        Today = DateOnly.FromDateTime(now.UtcDateTime);
        AddAccounts();
        AddDiagnostics();
        AddLabCommerce();
        AddCrm();
        AddPrograms();
        AddCare();
        AddStudio();
        AddSalesAndMarketing();
    }

    /// <summary>
    /// The world's lists of rows in the order they are inserted: as declared here, parents before children (a new
    /// entity's demo rows are a list declared after the lists it refers to). The seeder inserts each in turn.
    /// </summary>
    public static IReadOnlyList<System.Reflection.PropertyInfo> RowLists { get; } = typeof(DemoWorld).GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
            && typeof(Model.Entity).IsAssignableFrom(p.PropertyType.GetGenericArguments()[0]))
        .OrderBy(p => p.MetadataToken)
        .ToList();

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public List<User> Users { get; } = [];

    public List<Address> Addresses { get; } = [];

    public List<DistancePricingConfig> DistancePricingConfigs { get; } = [];

    public List<Pet> Pets { get; } = [];

    public List<TestCategory> TestCategories { get; } = [];

    public List<LabTest> LabTests { get; } = [];

    public List<Booking> Bookings { get; } = [];

    public List<BookingItem> BookingItems { get; } = [];

    public List<TestBatchGroup> TestBatchGroups { get; } = [];

    public List<TestReport> TestReports { get; } = [];

    public List<Offer> Offers { get; } = [];

    public List<OfferLabTest> OfferLabTests { get; } = [];

    public List<Coupon> Coupons { get; } = [];

    public List<CouponRedemption> CouponRedemptions { get; } = [];

    public List<BillingRecord> BillingRecords { get; } = [];

    public List<PrescriptionUpload> PrescriptionUploads { get; } = [];

    public List<ClinicInfo> ClinicInfos { get; } = [];

    public List<TeamMember> TeamMembers { get; } = [];

    public List<Lead> Leads { get; } = [];

    public List<Program> Programs { get; } = [];

    public List<Studio.Studio> Studios { get; } = [];

    public List<Studio.Teacher> Teachers { get; } = [];

    public List<Studio.Family> Families { get; } = [];

    public List<Studio.Band> Bands { get; } = [];

    public List<Studio.BandMember> BandMembers { get; } = [];

    public List<Student> Students { get; } = [];

    public List<Studio.RecurringPattern> RecurringPatterns { get; } = [];

    public List<Studio.Lesson> Lessons { get; } = [];

    public List<Studio.LessonNote> LessonNotes { get; } = [];

    public List<Studio.StudentGoal> StudentGoals { get; } = [];

    public List<Studio.LessonPlan> LessonPlans { get; } = [];

    public List<Studio.PracticeRoom> PracticeRooms { get; } = [];

    public List<Studio.RoomReservation> RoomReservations { get; } = [];

    public List<Studio.InventoryItem> InventoryItems { get; } = [];

    public List<Studio.CheckoutLog> CheckoutLogs { get; } = [];

    public List<Studio.Invoice> Invoices { get; } = [];

    public List<Studio.InvoiceLineItem> InvoiceLineItems { get; } = [];

    public List<Studio.PaymentMethod> PaymentMethods { get; } = [];

    public List<Studio.Resource> Resources { get; } = [];

    public List<Studio.ResourceShare> ResourceShares { get; } = [];

    public List<Studio.ResourceCheckout> ResourceCheckouts { get; } = [];

    public List<Studio.Notification> Notifications { get; } = [];

    public List<Enrollment> Enrollments { get; } = [];

    public List<Installment> Installments { get; } = [];

    public List<Payment> Payments { get; } = [];

    public List<Care.Provider> Providers { get; } = [];

    public List<Care.Procedure> Procedures { get; } = [];

    public List<Care.PatientProfile> PatientProfiles { get; } = [];

    public List<Care.MedicalBackground> MedicalBackgrounds { get; } = [];

    public List<Care.MedicalQuestionnaireSubmission> MedicalQuestionnaireSubmissions { get; } = [];

    public List<Care.Appointment> Appointments { get; } = [];

    public List<Care.Consultation> Consultations { get; } = [];

    public List<Care.JourneyEvent> JourneyEvents { get; } = [];

    public List<Care.Conversation> Conversations { get; } = [];

    public List<Care.ConversationParticipant> ConversationParticipants { get; } = [];

    public List<Care.Message> Messages { get; } = [];

    public List<Care.MessageRead> MessageReads { get; } = [];
    public List<SalesCall> SalesCalls { get; } = [];

    public List<DailyMetric> DailyMetrics { get; } = [];

    public List<AdCampaign> AdCampaigns { get; } = [];

    public List<AdPerformance> AdPerformance { get; } = [];

    public List<EmailBroadcast> EmailBroadcasts { get; } = [];

    public List<AttendanceLog> AttendanceLogs { get; } = [];

    /// <summary>Lead and student point at each other; the lead's side is set once both rows exist.</summary>
    public List<(Guid LeadId, Guid StudentId, DateTimeOffset ConvertedAt)> Conversions { get; } = [];

    /// <summary>Invoices are written as drafts with their lines; after every list each is moved to its status (SENT or
    /// CANCELLED) and then paid, in that order: the database takes no payment for a draft and settles a sent invoice's
    /// status (PARTIAL, PAID, OVERDUE) from its payments and due date.</summary>
    public List<(Guid InvoiceId, Studio.InvoiceStatus Status, Payment[] Payments)> InvoiceMoves { get; } = [];

    /// <summary>Uses <paramref name="existing"/> for the catalogue row (category, lab test, program) that has
    /// <paramref name="demo"/>'s id here, wherever the world refers to it.</summary>
    public void Adopt(Guid demo, Guid existing)
    {
        if (demo == existing)
            return;
        foreach (var category in TestCategories.Where(c => c.Id == demo))
            category.Id = existing;
        foreach (var test in LabTests)
        {
            if (test.Id == demo)
                test.Id = existing;
            if (test.CategoryId == demo)
                test.CategoryId = existing;
        }

        foreach (var item in BookingItems.Where(i => i.LabTestId == demo))
            item.LabTestId = existing;
        foreach (var report in TestReports.Where(r => r.LabTestId == demo))
            report.LabTestId = existing;
        foreach (var limit in OfferLabTests.Where(t => t.LabTestId == demo))
            limit.LabTestId = existing;
        foreach (var program in Programs.Where(p => p.Id == demo))
            program.Id = existing;
        foreach (var enrollment in Enrollments.Where(e => e.ProgramId == demo))
            enrollment.ProgramId = existing;
    }

    private static readonly Dictionary<Role, (string First, string Last)> Names = new()
    {
        [Role.Admin] = ("Alex", "Morgan"),
        [Role.Customer] = ("Priya", "Sharma"),
        [Role.Collector] = ("Carlos", "Mendes"),
        [Role.LabTech] = ("Lena", "Fischer"),
        [Role.Analyst] = ("Omar", "Haddad"),
        [Role.Sales] = ("Sofia", "Rossi"),
        [Role.Marketing] = ("Mia", "Chen"),
        [Role.Teacher] = ("Tom", "Becker"),
        [Role.Student] = ("Sam", "Okafor"),
        [Role.Parent] = ("Paula", "Okafor"),
        [Role.Patient] = ("Nina", "Kowalski"),
        [Role.Provider] = ("Ravi", "Patel"),
    };

    private DateTimeOffset Days(double days) => Now.AddDays(days);

    private User Account(Role role) => Users.Single(u => u.Email == DemoAccounts.EmailFor(role));

    private void AddAccounts()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var (first, last) = Names[role];
            Users.Add(new User
            {
                Id = DemoIds.For("user/" + role),
                Email = DemoAccounts.EmailFor(role),
                Phone = $"+1555010{(int)role:D4}",
                FirstName = first,
                LastName = last,
                Roles = [role],
                IsVerified = true,
                AssignedArea = role == Role.Collector ? "Downtown" : null,
                CreatedAt = Days(-400),
            });
        }

        Users.Add(Customer("james", "james.wilson@demo.graph", "James", "Wilson", "+15550200001"));
        Users.Add(Customer("emma", "emma.garcia@demo.graph", "Emma", "Garcia", "+15550200002"));
        // Known only by phone, from the WhatsApp channel: no email, no password.
        Users.Add(new User
        {
            Id = DemoIds.For("user/whatsapp"),
            Phone = "+15550300001",
            FirstName = "Hugo",
            LastName = "Silva",
            Roles = [Role.Patient],
            UserType = UserType.Whatsapp,
            CreatedAt = Days(-20),
        });

        Addresses.Add(Home("priya-home", Account(Role.Customer), "12 Maple Street", "Springfield", "62701", isDefault: true));
        Addresses.Add(Home("priya-office", Account(Role.Customer), "400 Market Plaza, Floor 3", "Springfield", "62702", isDefault: false, label: "Office"));
        Addresses.Add(Home("james-home", Users.Single(u => u.FirstName == "James"), "7 Birch Lane", "Shelbyville", "62565", isDefault: true));
        Addresses.Add(Home("emma-home", Users.Single(u => u.FirstName == "Emma"), "88 Ocean Drive", "Springfield", "62704", isDefault: true));
    }

    private User Customer(string key, string email, string first, string last, string phone) => new()
    {
        Id = DemoIds.For("user/" + key),
        Email = email,
        Phone = phone,
        FirstName = first,
        LastName = last,
        Roles = [Role.Customer],
        IsVerified = true,
        CreatedAt = Days(-200),
    };

    private static Address Home(string key, User user, string line1, string city, string postalCode, bool isDefault, string label = "Home") => new()
    {
        Id = DemoIds.For("address/" + key),
        UserId = user.Id,
        Label = label,
        AddressLine1 = line1,
        City = city,
        State = "IL",
        PostalCode = postalCode,
        Country = "US",
        IsDefault = isDefault,
    };

    private void AddDiagnostics()
    {
        var priya = Account(Role.Customer);
        var james = Users.Single(u => u.FirstName == "James");
        var emma = Users.Single(u => u.FirstName == "Emma");
        // Last year's pricing (ended), this year's (in force): a booking date picks the one whose window holds it.
        var admin = Account(Role.Admin);
        DistancePricingConfigs.Add(new DistancePricingConfig
        {
            Id = DemoIds.For("distance-pricing/previous"), BaseCharge = 40m, ChargePerKm = 4m, MaxFreeDistanceKm = 3m,
            EffectiveFrom = Today.AddDays(-400), EffectiveUntil = Today.AddDays(-36), UpdatedById = admin.Id, CreatedAt = Days(-400),
        });
        DistancePricingConfigs.Add(new DistancePricingConfig
        {
            Id = DemoIds.For("distance-pricing/current"), BaseCharge = 50m, ChargePerKm = 5m, MaxFreeDistanceKm = 2m,
            EffectiveFrom = Today.AddDays(-35), UpdatedById = admin.Id, CreatedAt = Days(-35),
        });
        Pets.Add(Pet("bruno", priya, "Bruno", "Dog", "Labrador Retriever", 5, 31.5m, "Mild hip dysplasia."));
        Pets.Add(Pet("misty", priya, "Misty", "Cat", "Persian", 3, 4.2m, null));
        Pets.Add(Pet("kiwi", james, "Kiwi", "Bird", "Budgerigar", 1.5m, 0.04m, null));
        Pets.Add(Pet("rocky", james, "Rocky", "Dog", "Beagle", 8, 12.8m, "Diabetic; insulin twice daily."));
        Pets.Add(Pet("luna", emma, "Luna", "Cat", "Siamese", 2, 3.6m, null));

        string[][] catalogue =
        [
            ["Hematology", "Blood cell counts and blood-borne parasites."],
            ["Biochemistry", "Organ function panels."],
            ["Urinalysis", "Urine chemistry and sediment."],
            ["Microbiology", "Cultures and sensitivity."],
            ["Parasitology", "Fecal and skin parasites."],
        ];
        foreach (var category in catalogue)
            TestCategories.Add(new TestCategory { Id = DemoIds.For("category/" + category[0]), Name = category[0], Description = category[1] });

        LabTests.Add(Test("cbc", "Hematology", "Complete Blood Count", 650, null, "Blood", "EDTA", 2, 24, "Fasting not required."));
        LabTests.Add(Test("blood-parasites", "Hematology", "Blood Parasite Screen", 800, 720, "Blood", "EDTA", 2, 48, null));
        LabTests.Add(Test("lft", "Biochemistry", "Liver Function Test", 1200, 1050, "Blood", "SST", 3, 24, "Fast the animal for 8 hours."));
        LabTests.Add(Test("kft", "Biochemistry", "Kidney Function Test", 1100, null, "Blood", "SST", 3, 24, "Fast the animal for 8 hours."));
        LabTests.Add(Test("t4", "Biochemistry", "Thyroid Panel (T4)", 1500, null, "Blood", "SST", 2, 72, null));
        LabTests.Add(Test("urinalysis", "Urinalysis", "Routine Urinalysis", 450, null, "Urine", "Sterile container", 10, 12, "Collect the first urine of the morning."));
        LabTests.Add(Test("culture", "Microbiology", "Culture and Sensitivity", 1800, 1600, "Swab", "Transport swab", null, 96, null));
        LabTests.Add(Test("fecal", "Parasitology", "Fecal Examination", 400, null, "Stool", "Stool container", 5, 24, "A fresh sample, under 12 hours old."));

        var collector = Account(Role.Collector);
        var bruno = PetNamed("Bruno");
        var misty = PetNamed("Misty");
        var kiwi = PetNamed("Kiwi");
        var rocky = PetNamed("Rocky");
        var luna = PetNamed("Luna");

        // Past, completed and delivered: a wellness panel, grouped as a batch.
        var wellness = AddBooking("bruno-wellness", priya, bruno, Days(-30), BookingStatus.Completed, collector, "12 Maple Street, Springfield", 3.2m, "Gate code 4411.");
        var group = new TestBatchGroup { Id = DemoIds.For("batch/bruno-wellness"), BookingId = wellness.Id, BatchName = $"Wellness Panel {Days(-30):yyyy-MM-dd}", Description = "Annual check-up." };
        TestBatchGroups.Add(group);
        AddItem(wellness, "cbc", TestReportStatus.Delivered, group, "All values within reference ranges.");
        AddItem(wellness, "lft", TestReportStatus.Delivered, group, "ALT slightly raised; recheck in 3 months.");
        AddItem(wellness, "kft", TestReportStatus.Delivered, group, "Normal.");

        var rockyCheck = AddBooking("rocky-glucose", james, rocky, Days(-10), BookingStatus.Completed, collector, "7 Birch Lane, Shelbyville", 11.5m, null);
        AddItem(rockyCheck, "kft", TestReportStatus.Verified, null, "Creatinine at the upper limit of normal.");
        AddItem(rockyCheck, "urinalysis", TestReportStatus.Verified, null, "Glucosuria consistent with known diabetes.");

        var mistyProcessing = AddBooking("misty-thyroid", priya, misty, Days(-2), BookingStatus.Processing, collector, "12 Maple Street, Springfield", 3.2m, null);
        AddItem(mistyProcessing, "t4", TestReportStatus.Generated, null, "T4 elevated: suggests hyperthyroidism.");
        AddItem(mistyProcessing, "cbc", TestReportStatus.Pending, null, null);

        var lunaCollected = AddBooking("luna-urine", emma, luna, Days(-0.2), BookingStatus.SampleCollected, collector, "88 Ocean Drive, Springfield", 6.0m, "Cat is shy; bring a carrier.");
        AddItem(lunaCollected, "urinalysis", TestReportStatus.Pending, null, null);

        var kiwiConfirmed = AddBooking("kiwi-fecal", james, kiwi, Days(1), BookingStatus.Confirmed, collector, "7 Birch Lane, Shelbyville", 11.5m, null);
        AddItem(kiwiConfirmed, "fecal", null, null, null);

        var brunoPending = AddBooking("bruno-culture", priya, bruno, Days(3), BookingStatus.Pending, null, "400 Market Plaza, Floor 3, Springfield", 4.8m, "Ear swab; left ear.");
        AddItem(brunoPending, "culture", null, null, null);
        AddItem(brunoPending, "blood-parasites", null, null, null);

        var rockyCancelled = AddBooking("rocky-cancelled", james, rocky, Days(-5), BookingStatus.Cancelled, null, "7 Birch Lane, Shelbyville", 11.5m, "Cancelled by the customer: vet visit instead.");
        AddItem(rockyCancelled, "lft", null, null, null);
    }

    /// <summary>
    /// Offers of both kinds (one limited to tests, one with a minimum order, one switched off, one over), coupons in
    /// every state (usable, offer-less, used up, expired, inactive), a bill in every status for the bookings (amounts
    /// as the booking's lines and distance pricing give them), prescriptions verified and not, and the clinic's record.
    /// </summary>
    private void AddLabCommerce()
    {
        var admin = Account(Role.Admin);
        var priya = Account(Role.Customer);
        Offer AddOffer(string key, string name, DiscountType type, decimal value, int fromDays, int toDays, bool active = true, decimal? minimum = null, string? tag = null)
        {
            var offer = new Offer
            {
                Id = DemoIds.For("offer/" + key), Name = name, Description = $"{name}.", DiscountType = type, DiscountValue = value,
                StartDate = Today.AddDays(fromDays), EndDate = Today.AddDays(toDays), IsActive = active, MinimumOrderValue = minimum,
                EventTag = tag, CreatedById = admin.Id,
            };
            Offers.Add(offer);
            return offer;
        }

        AddOffer("health-month", "Health Month: 10% off", DiscountType.Percentage, 10m, -10, 20, minimum: 1000m, tag: "Health Month");
        var bloodWork = AddOffer("blood-work", "Blood work: 150 off", DiscountType.FixedAmount, 150m, -30, 60);
        foreach (var test in new[] { "cbc", "blood-parasites" })
            OfferLabTests.Add(new OfferLabTest { Id = DemoIds.For($"offer-test/blood-work/{test}"), OfferId = bloodWork.Id, LabTestId = DemoIds.For("test/" + test) });
        var welcome = AddOffer("welcome", "Welcome: 20% off", DiscountType.Percentage, 20m, -60, 300, tag: "New customer");
        AddOffer("christmas", "Christmas: 25% off", DiscountType.Percentage, 25m, -400, -340, tag: "Christmas");
        AddOffer("paused", "Paused: 5% off", DiscountType.Percentage, 5m, -10, 10, active: false);

        Coupon AddCoupon(string code, Offer? offer, double fromDays, double toDays, int? maxUses, int used = 0, bool active = true)
        {
            var coupon = new Coupon
            {
                Id = DemoIds.For("coupon/" + code), Code = code, OfferId = offer?.Id, StartDate = Days(fromDays), EndDate = Days(toDays),
                IsActive = active, MaxUses = maxUses, CurrentUses = used, CreatedById = admin.Id,
            };
            Coupons.Add(coupon);
            return coupon;
        }

        var welcomeCoupon = AddCoupon("WELCOME20", welcome, -60, 300, null, used: 1);
        AddCoupon("FREEVISIT", null, -5, 30, 100);
        AddCoupon("USEDUP", welcome, -5, 30, 1, used: 1);
        AddCoupon("SUMMER-OVER", welcome, -200, -100, 50);
        AddCoupon("SUSPENDED", welcome, -5, 30, 50, active: false);

        var statuses = new Dictionary<string, BillingStatus>
        {
            ["bruno-wellness"] = BillingStatus.Paid,
            ["rocky-glucose"] = BillingStatus.Invoiced,
            ["misty-thyroid"] = BillingStatus.Finalized,
        };
        foreach (var booking in Bookings)
        {
            var key = _bookingKeys[booking.Id];
            var status = statuses.GetValueOrDefault(key, BillingStatus.Draft);
            var day = DateOnly.FromDateTime(booking.BookingDate.UtcDateTime);
            var baseAmount = BookingItems.Where(i => i.BookingId == booking.Id).Sum(i => i.UnitPrice * i.Quantity);
            var pricing = DistancePricingConfigs.Where(c => c.IsActive && c.EffectiveFrom <= day && (c.EffectiveUntil == null || c.EffectiveUntil >= day))
                .MaxBy(c => c.EffectiveFrom);
            var distance = pricing?.ChargeFor(booking.EstimatedDistanceKm ?? 0m) ?? 0m;
            // Priya's wellness panel used WELCOME20: a fifth off its lines.
            var discount = key == "bruno-wellness" ? Math.Round(baseAmount * 0.2m, 2, MidpointRounding.AwayFromZero) : 0m;
            if (discount > 0)
            {
                CouponRedemptions.Add(new CouponRedemption
                {
                    Id = DemoIds.For("redemption/bruno-wellness"), CouponId = welcomeCoupon.Id, BookingId = booking.Id, UserId = booking.UserId,
                    DiscountAmount = discount, RedemptionDate = booking.CreatedAt,
                });
            }

            BillingRecords.Add(new BillingRecord
            {
                Id = DemoIds.For("billing/" + key),
                BookingId = booking.Id,
                UserId = booking.UserId,
                BaseAmount = baseAmount,
                DiscountAmount = discount,
                DistanceCharge = distance,
                FinalAmount = baseAmount - discount + distance,
                BillingDate = day,
                BillingPeriod = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                Status = status,
                InvoiceDate = status >= BillingStatus.Invoiced ? booking.BookingDate.AddDays(1) : null,
                PaidDate = status == BillingStatus.Paid ? booking.BookingDate.AddDays(3) : null,
            });
        }

        var brunoPending = Bookings.Single(b => b.Id == DemoIds.For("booking/bruno-culture"));
        var lunaCollected = Bookings.Single(b => b.Id == DemoIds.For("booking/luna-urine"));
        PrescriptionUploads.Add(Prescription("bruno-culture", brunoPending, "ear-swab-referral.pdf", "application/pdf", 48_213, null));
        PrescriptionUploads.Add(Prescription("luna-urine", lunaCollected, "vet-note.jpg", "image/jpeg", 182_040, ("Matches the booked urinalysis.", admin)));

        ClinicInfos.Add(new ClinicInfo
        {
            Id = DemoIds.For("clinic"),
            WhatsappNumber = "+1 555 010 9999",
            ClinicAddress = "1 Lab Way, Springfield, IL 62701",
            GoogleMapsLink = "https://maps.google.com/?q=1+Lab+Way,+Springfield,+IL+62701",
            Latitude = 39.781721m,
            Longitude = -89.650148m,
            OpeningTime = "08:00",
            ClosingTime = "19:00",
            UpdatedById = admin.Id,
        });
    }

    /// <summary>The key each demo booking was made with (its id is made from it).</summary>
    private readonly Dictionary<Guid, string> _bookingKeys = [];

    private PrescriptionUpload Prescription(string key, Booking booking, string fileName, string type, long size, (string Notes, User By)? verified)
    {
        var id = DemoIds.For("prescription/" + key);
        var storedName = id.ToString("N");
        return new PrescriptionUpload
        {
            Id = id,
            BookingId = booking.Id,
            UserId = booking.UserId,
            FileName = fileName,
            FileType = type,
            FileSizeBytes = size,
            StoredName = storedName,
            FileUrl = StoredFile.Url(storedName),
            UploadedAt = booking.CreatedAt,
            VerifiedById = verified?.By.Id,
            VerificationNotes = verified?.Notes,
            VerifiedAt = verified is null ? null : booking.CreatedAt.AddHours(2),
        };
    }

    private Pet PetNamed(string name) => Pets.Single(p => p.Name == name);

    private static Pet Pet(string key, User owner, string name, string species, string breed, decimal age, decimal weight, string? history) => new()
    {
        Id = DemoIds.For("pet/" + key),
        UserId = owner.Id,
        Name = name,
        Species = species,
        Breed = breed,
        AgeYears = age,
        WeightKg = weight,
        MedicalHistory = history,
    };

    private LabTest Test(string key, string category, string name, decimal price, decimal? discounted, string sample, string tube, decimal? ml, int hours, string? instructions) => new()
    {
        Id = DemoIds.For("test/" + key),
        CategoryId = TestCategories.Single(c => c.Name == category).Id,
        Name = name,
        Description = $"{name} for dogs, cats and birds.",
        Price = price,
        DiscountedPrice = discounted,
        SampleType = sample,
        TubeType = tube,
        SampleQuantityMl = ml,
        ReportTimeHours = hours,
        TatHours = hours,
        SampleCollectionInstructions = instructions,
    };

    private Booking AddBooking(string key, User customer, Pet pet, DateTimeOffset date, BookingStatus status, User? collector, string address, decimal distance, string? notes)
    {
        var booking = new Booking
        {
            Id = DemoIds.For("booking/" + key),
            UserId = customer.Id,
            PetId = pet.Id,
            BookingDate = date,
            Status = status,
            Address = address,
            AddressLink = "https://maps.example.com/?q=" + Uri.EscapeDataString(address),
            CollectionStaffId = collector?.Id,
            EstimatedDistanceKm = distance,
            Notes = notes,
            CreatedAt = date.AddDays(-3) < Now ? date.AddDays(-3) : Now,
        };
        Bookings.Add(booking);
        _bookingKeys[booking.Id] = key;
        return booking;
    }

    private void AddItem(Booking booking, string testKey, TestReportStatus? report, TestBatchGroup? group, string? findings)
    {
        var test = LabTests.Single(t => t.Id == DemoIds.For("test/" + testKey));
        var item = new BookingItem
        {
            Id = DemoIds.For($"item/{booking.Id}/{testKey}"),
            BookingId = booking.Id,
            LabTestId = test.Id,
            UnitPrice = test.DiscountedPrice ?? test.Price,
            Status = booking.Status switch
            {
                BookingStatus.SampleCollected => BookingItemStatus.Collected,
                BookingStatus.Processing => BookingItemStatus.Processing,
                BookingStatus.Completed => BookingItemStatus.Completed,
                _ => BookingItemStatus.Pending,
            },
        };
        BookingItems.Add(item);
        if (report is not { } status)
            return;

        var collected = booking.BookingDate;
        TestReports.Add(new TestReport
        {
            Id = DemoIds.For($"report/{item.Id}"),
            BookingItemId = item.Id,
            PetId = booking.PetId,
            LabTestId = test.Id,
            BatchGroupId = group?.Id,
            Status = status,
            Findings = findings,
            ReportFileUrl = status >= TestReportStatus.Generated ? $"https://files.example.com/reports/{item.Id}.pdf" : null,
            GeneratedAt = status >= TestReportStatus.Generated ? collected.AddHours(20) : null,
            VerifiedAt = status >= TestReportStatus.Verified ? collected.AddHours(26) : null,
            DeliveredAt = status >= TestReportStatus.Delivered ? collected.AddHours(30) : null,
        });
    }

    private void AddCrm()
    {
        var sales = Account(Role.Sales);
        TeamMembers.Add(new TeamMember { Id = DemoIds.For("team/sofia"), UserId = sales.Id, Name = "Sofia Rossi", Email = sales.Email, Role = TeamMemberRole.Closer });
        TeamMembers.Add(new TeamMember { Id = DemoIds.For("team/diego"), Name = "Diego Alvarez", Email = "diego.alvarez@demo.graph", Role = TeamMemberRole.Setter });
        TeamMembers.Add(new TeamMember { Id = DemoIds.For("team/hana"), Name = "Hana Sato", Email = "hana.sato@demo.graph", Role = TeamMemberRole.DmSetter });

        Lead(LeadStatus.New, "Grace", "Hopper", "Facebook Ads", "spring-evaluations", "paid-social", 10);
        Lead(LeadStatus.Contacted, "Marcus", "Lee", "Google Ads", "therapy-search", "cpc", 25);
        Lead(LeadStatus.Qualified, "Aisha", "Khan", "Referral", null, "word-of-mouth", 60, notes: "Referred by Dr. Patel.");
        Lead(LeadStatus.EvaluationBooked, "Daniel", "Novak", "Organic", null, "website", 45, subject: ("Lily Novak", new DateOnly(2018, 6, 2)), evaluation: Days(4));
        Lead(LeadStatus.EvaluationConfirmed, "Fatima", "Zahra", "Instagram", "back-to-school", "paid-social", 55, subject: ("Omar Zahra", new DateOnly(2016, 9, 21)), evaluation: Days(1));
        Lead(LeadStatus.EvaluationComplete, "Peter", "Ivanov", "Organic", null, "website", 70, subject: ("Mila Ivanov", new DateOnly(2017, 1, 11)), evaluation: Days(-3), notes: "Recommend the speech program.");
        var converted = Lead(LeadStatus.Converted, "Paula", "Okafor", "Facebook Ads", "spring-evaluations", "paid-social", 90,
            subject: ("Sam Okafor", new DateOnly(2015, 3, 14)), evaluation: Days(-75), user: Account(Role.Parent));
        Lead(LeadStatus.Lost, "Victor", "Hugo", "Google Ads", "therapy-search", "cpc", 5, notes: "Chose another center.");
        Lead(LeadStatus.Archived, "Hugo", "Silva", "WhatsApp", null, "chat", 15, user: Users.Single(u => u.UserType == UserType.Whatsapp));
        Lead(LeadStatus.Lost, "Spam", "Entry", "Medical Questionnaire", null, "form", 0, deletedAt: Days(-1), notes: "Duplicate submission.");
        Conversions.Add((converted.Id, DemoIds.For("student/sam"), Days(-60)));
    }

    private Lead Lead(LeadStatus status, string first, string last, string source, string? campaign, string medium, int score,
        (string Name, DateOnly Born)? subject = null, DateTimeOffset? evaluation = null, User? user = null, string? notes = null, DateTimeOffset? deletedAt = null)
    {
        var lead = new Lead
        {
            Id = DemoIds.For($"lead/{first}-{last}"),
            FirstName = first,
            LastName = last,
            Email = $"{first}.{last}@leads.demo.graph".ToLowerInvariant(),
            Phone = $"+1555040{Leads.Count:D4}",
            SubjectName = subject?.Name,
            SubjectDateOfBirth = subject?.Born,
            Status = status,
            Source = source,
            Campaign = campaign,
            Medium = medium,
            Score = score,
            AssignedToId = status == LeadStatus.New ? null : Account(Role.Sales).Id,
            UserId = user?.Id,
            EvaluationAt = evaluation,
            Notes = notes,
            DeletedAt = deletedAt,
            CreatedAt = Days(-90 + Leads.Count * 8),
        };
        Leads.Add(lead);
        return lead;
    }

    private void AddPrograms()
    {
        Programs.Add(Program("speech", "Speech Therapy Intensive", "Two sessions a week with a speech therapist.", 2400, 12));
        Programs.Add(Program("ot", "Occupational Therapy Foundations", "Fine motor and sensory integration.", 4800, 24));
        Programs.Add(Program("piano", "Piano for Beginners", "Weekly private lessons and a recital.", 960, 16));
        Programs.Add(Program("coaching", "Sales Coaching Accelerator", "Group coaching calls and a private community.", 3000, 8));

        var sam = Student("sam", "Sam", "Okafor", Account(Role.Student), new DateOnly(2015, 3, 14), null, ["speech"], Leads.Single(l => l.Status == LeadStatus.Converted));
        var maya = Student("maya", "Maya", "Lin", null, new DateOnly(2012, 11, 30), "Piano", ["piano", "music theory"], null);
        var ethan = Student("ethan", "Ethan", "Brooks", null, new DateOnly(1990, 5, 5), null, [], null);
        var zoe = Student("zoe", "Zoe", "Ahmed", null, new DateOnly(2014, 8, 19), null, ["occupational therapy"], null);

        var closer = TeamMembers[0];
        var setter = TeamMembers[1];

        var samSpeech = Enroll("sam-speech", sam, "speech", Today.AddDays(-60), Today.AddDays(24), EnrollmentStatus.Active, PlanType.Split, 2400, closer, setter, freezeAllowed: 10, freezeUsed: 2);
        var first = AddInstallment(samSpeech, 1, 600, Today.AddDays(-60), InstallmentStatus.Paid);
        var second = AddInstallment(samSpeech, 2, 600, Today.AddDays(-30), InstallmentStatus.Paid);
        var third = AddInstallment(samSpeech, 3, 600, Today.AddDays(-2), InstallmentStatus.Overdue);
        AddInstallment(samSpeech, 4, 600, Today.AddDays(28), InstallmentStatus.Pending);
        AddPayment("sam-1", samSpeech, first, 600, PaymentMethodKind.CreditCard, PaymentStatus.Paid, Days(-60));
        AddPayment("sam-2", samSpeech, second, 600, PaymentMethodKind.CreditCard, PaymentStatus.Paid, Days(-30));
        AddPayment("sam-3-declined", samSpeech, third, 600, PaymentMethodKind.CreditCard, PaymentStatus.Failed, null, "Card declined.");

        var mayaPiano = Enroll("maya-piano", maya, "piano", Today.AddDays(-150), Today.AddDays(-38), EnrollmentStatus.Completed, PlanType.Pif, 960, closer, null);
        AddPayment("maya-pif", mayaPiano, PifInstallment(mayaPiano), 960, PaymentMethodKind.BankTransfer, PaymentStatus.Paid, Days(-150));

        // Diego closed this deal, not Sofia (the SALES account): SALES is refused its money.
        var ethanCoaching = Enroll("ethan-coaching", ethan, "coaching", Today.AddDays(-40), Today.AddDays(30), EnrollmentStatus.Frozen, PlanType.Split, 3000, setter, TeamMembers[2], freezeAllowed: 14, freezeUsed: 7);
        (ethanCoaching.FrozenOn, ethanCoaching.FrozenUntil) = (Today.AddDays(-3), Today.AddDays(4));
        var ethanFirst = AddInstallment(ethanCoaching, 1, 1000, Today.AddDays(-40), InstallmentStatus.Paid);
        var ethanSecond = AddInstallment(ethanCoaching, 2, 1000, Today.AddDays(-10), InstallmentStatus.Pending);
        AddInstallment(ethanCoaching, 3, 1000, Today.AddDays(20), InstallmentStatus.Pending);
        AddPayment("ethan-1", ethanCoaching, ethanFirst, 1000, PaymentMethodKind.Online, PaymentStatus.Paid, Days(-40));
        AddPayment("ethan-2-transfer", ethanCoaching, ethanSecond, 1000, PaymentMethodKind.BankTransfer, PaymentStatus.Pending, null, "Transfer announced, not received yet.");

        var zoeOt = Enroll("zoe-ot", zoe, "ot", Today.AddDays(-20), Today.AddDays(148), EnrollmentStatus.Cancelled, PlanType.Pif, 4800, closer, setter);
        // Paid at the start, then refunded: the installment stays paid, the payment says REFUNDED.
        AddPayment("zoe-pif", zoeOt, PifInstallment(zoeOt), 4800, PaymentMethodKind.CreditCard, PaymentStatus.Refunded, Days(-20), "Family moved away; refunded in full.", refundedAt: Days(-15));
    }

    /// <summary>Seed 002's funnel around the programs: calls of every channel and outcome (Sofia, the SALES account,
    /// hosts some, Diego others), a fortnight of KPIs per member, campaigns with daily stats (one without spend, so
    /// without ROAS), broadcasts, and the therapy center's QR scans of every event type.</summary>
    private void AddSalesAndMarketing()
    {
        var (sofia, diego, hana) = (TeamMembers[0], TeamMembers[1], TeamMembers[2]);
        var leads = Leads.Where(l => l.DeletedAt is null).ToList();
        SalesCall? Call(string key, Lead? lead, Student? student, TeamMember host, TeamMember? setter, SalesCallChannel channel, double day, SalesCallOutcome? outcome)
        {
            var call = new SalesCall
            {
                Id = DemoIds.For("sales-call/" + key),
                LeadId = lead?.Id,
                StudentId = student?.Id,
                HostId = host.Id,
                SetterId = setter?.Id,
                Channel = channel,
                ScheduledAt = Days(day),
                DurationMinutes = outcome is null or SalesCallOutcome.NoShow ? null : 45,
                Outcome = outcome,
                Notes = outcome == SalesCallOutcome.FollowUp ? "Wants to talk it over with the family." : null,
            };
            SalesCalls.Add(call);
            return call;
        }

        Call("okafor-won", leads.Single(l => l.Status == LeadStatus.Converted), null, sofia, diego, SalesCallChannel.Zoom, -62, SalesCallOutcome.ClosedWon);
        Call("hugo-lost", leads.Single(l => l.FirstName == "Victor"), null, sofia, hana, SalesCallChannel.Phone, -20, SalesCallOutcome.ClosedLost);
        Call("khan-no-show", leads.Single(l => l.FirstName == "Aisha"), null, diego, hana, SalesCallChannel.Zoom, -5, SalesCallOutcome.NoShow);
        Call("ivanov-follow-up", leads.Single(l => l.FirstName == "Peter"), null, sofia, null, SalesCallChannel.InPerson, -2, SalesCallOutcome.FollowUp);
        Call("lee-rescheduled", leads.Single(l => l.FirstName == "Marcus"), null, diego, null, SalesCallChannel.Other, -1, SalesCallOutcome.Rescheduled);
        Call("maya-upsell", null, Students.Single(s => s.FirstName == "Maya"), sofia, null, SalesCallChannel.Phone, 3, null);

        foreach (var (member, index) in new[] { sofia, diego, hana }.Select((m, i) => (m, i)))
        {
            for (var day = 1; day <= 14; day++)
            {
                var calls = 8 + ((day * 3 + index * 5) % 7);
                var closes = (day + index) % 4 == 0 ? 1 : 0;
                DailyMetrics.Add(new DailyMetric
                {
                    Id = DemoIds.For($"daily-metric/{member.Id}/{day}"),
                    TeamMemberId = member.Id,
                    Date = Today.AddDays(-day),
                    Calls = calls,
                    Conversations = calls / 2,
                    Booked = calls / 4,
                    Offers = calls / 6 + closes,
                    Closes = closes,
                    Cash = closes * (1200 + (index * 300)),
                });
            }
        }

        var spring = Campaign("spring-evaluations", "Spring evaluations", AdPlatform.Facebook, -45, 3000);
        var search = Campaign("therapy-search", "Therapy search", AdPlatform.Google, -30, 2000);
        var school = Campaign("back-to-school", "Back to school", AdPlatform.Instagram, -10, 800);
        Campaign("community-video", "Community video", AdPlatform.Youtube, 5, null);
        for (var day = 1; day <= 21; day++)
        {
            Performance(spring, day, 40 + day, 3000 + (day * 90), 60 + day, day % 3, day % 5 == 0 ? 1200 : 0);
            Performance(search, day, 25 + (day % 4), 1500 + (day * 40), 45 + day, day % 4 == 0 ? 1 : 0, day % 7 == 0 ? 960 : 0);
            if (day <= 7)
                Performance(school, day, day % 2 == 0 ? 0 : 15, 400 * day, 8 * day, day % 2, 0);
        }

        EmailBroadcasts.Add(new EmailBroadcast
        {
            Id = DemoIds.For("broadcast/spring"), Subject = "Book your child's spring evaluation", Audience = "Parents list",
            SentAt = Days(-40), Recipients = 1840, Opens = 712, Clicks = 96, CampaignId = spring.Id,
        });
        EmailBroadcasts.Add(new EmailBroadcast
        {
            Id = DemoIds.For("broadcast/newsletter"), Subject = "Monthly newsletter", Audience = "All contacts",
            SentAt = Days(-12), Recipients = 5210, Opens = 1603, Clicks = 211,
        });
        EmailBroadcasts.Add(new EmailBroadcast { Id = DemoIds.For("broadcast/draft"), Subject = "Summer intensive (draft)", Audience = "Parents list" });

        var sam = Students.Single(s => s.FirstName == "Sam");
        var zoe = Students.Single(s => s.FirstName == "Zoe");
        var staff = Account(Role.Teacher).Id;
        void Scan(string key, Student student, AttendanceEventType type, double day, Guid? lesson = null) => AttendanceLogs.Add(new AttendanceLog
        {
            Id = DemoIds.For("attendance/" + key), StudentId = student.Id, EventType = type, RecordedAt = Days(day), LessonId = lesson, RecordedById = staff,
        });
        Scan("sam-in", sam, AttendanceEventType.CenterCheckIn, -1.2);
        Scan("sam-session", sam, AttendanceEventType.SessionCheckIn, -1.19, DemoIds.For("lesson/sam-speech-1"));
        Scan("sam-out", sam, AttendanceEventType.CenterCheckOut, -1.1);
        Scan("zoe-in", zoe, AttendanceEventType.CenterCheckIn, -16);
    }

    private AdCampaign Campaign(string key, string name, AdPlatform platform, int startDay, decimal? budget)
    {
        var campaign = new AdCampaign
        {
            Id = DemoIds.For("campaign/" + key),
            Name = name,
            Platform = platform,
            StartDate = Today.AddDays(startDay),
            EndDate = Today.AddDays(startDay + 60),
            Budget = budget,
            IsActive = startDay <= 0,
        };
        AdCampaigns.Add(campaign);
        return campaign;
    }

    private void Performance(AdCampaign campaign, int day, decimal spend, int impressions, int clicks, int leads, decimal revenue) =>
        AdPerformance.Add(new AdPerformance
        {
            Id = DemoIds.For($"ad-performance/{campaign.Id}/{day}"),
            CampaignId = campaign.Id,
            Date = Today.AddDays(-day),
            Spend = spend,
            Impressions = impressions,
            Clicks = clicks,
            Leads = leads,
            Revenue = revenue,
        });

    private static Program Program(string key, string name, string description, decimal price, int weeks) => new()
    {
        Id = DemoIds.For("program/" + key),
        Name = name,
        Description = description,
        Price = price,
        DurationWeeks = weeks,
    };

    private Student Student(string key, string first, string last, User? user, DateOnly born, string? instrument, List<string> specialties, Lead? fromLead)
    {
        var student = new Student
        {
            Id = DemoIds.For("student/" + key),
            UserId = user?.Id,
            FirstName = first,
            LastName = last,
            Email = user?.Email ?? $"{first}.{last}@students.demo.graph".ToLowerInvariant(),
            DateOfBirth = born,
            Instrument = instrument,
            Specialties = specialties,
            EmergencyContactName = fromLead is null ? $"{last} family" : $"{fromLead.FirstName} {fromLead.LastName}",
            EmergencyContactPhone = fromLead?.Phone ?? "+15550500000",
            EnrollmentDate = Today.AddDays(-60),
            ConvertedFromLeadId = fromLead?.Id,
        };
        Students.Add(student);
        return student;
    }

    private Enrollment Enroll(string key, Student student, string program, DateOnly start, DateOnly end, EnrollmentStatus status, PlanType plan, decimal value,
        TeamMember? closer, TeamMember? setter, int freezeAllowed = 0, int freezeUsed = 0)
    {
        var enrollment = new Enrollment
        {
            Id = DemoIds.For("enrollment/" + key),
            StudentId = student.Id,
            ProgramId = DemoIds.For("program/" + program),
            StartDate = start,
            EndDate = end,
            Status = status,
            PlanType = plan,
            ContractValue = value,
            CloserId = closer?.Id,
            SetterId = setter?.Id,
            FreezeDaysAllowed = freezeAllowed,
            FreezeDaysUsed = freezeUsed,
        };
        Enrollments.Add(enrollment);
        return enrollment;
    }

    /// <summary>A PIF enrollment's one installment, as convertLead makes it (the whole value due at the start), paid.</summary>
    private Installment PifInstallment(Enrollment enrollment)
    {
        var (amount, due) = InstallmentSchedule.For(PlanType.Pif, enrollment.ContractValue, 1, enrollment.StartDate).Single();
        return AddInstallment(enrollment, 1, amount, due, InstallmentStatus.Paid);
    }

    private Installment AddInstallment(Enrollment enrollment, int number, decimal amount, DateOnly due, InstallmentStatus status)
    {
        var installment = new Installment
        {
            Id = DemoIds.For($"installment/{enrollment.Id}/{number}"),
            EnrollmentId = enrollment.Id,
            Amount = amount,
            DueDate = due,
            AmountPaid = status == InstallmentStatus.Paid ? amount : 0,
            Status = status,
            PaidAt = status == InstallmentStatus.Paid ? new DateTimeOffset(due.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) : null,
        };
        Installments.Add(installment);
        return installment;
    }

    private void AddPayment(string key, Enrollment enrollment, Installment? installment, decimal amount, PaymentMethodKind method, PaymentStatus status,
        DateTimeOffset? paidAt, string? notes = null, DateTimeOffset? refundedAt = null) =>
        Payments.Add(new Payment
        {
            Id = DemoIds.For("payment/" + key),
            EnrollmentId = enrollment.Id,
            InstallmentId = installment?.Id,
            Amount = amount,
            Method = method,
            Status = status,
            TransactionId = status == PaymentStatus.Pending ? null : "txn_demo_" + key.Replace('-', '_'),
            PaidAt = paidAt,
            RefundedAt = refundedAt,
            Notes = notes,
            ProcessedById = Account(Role.Admin).Id,
        });
}
