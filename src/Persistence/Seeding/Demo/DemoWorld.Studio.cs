using System.Text.Json;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Persistence.Studio;

namespace Graph.Persistence.Seeding.Demo;

/// <summary>The music studio: one studio in New York with two teachers (the TEACHER account and Nora), the Okafor family
/// (the PARENT account's, with Sam, the STUDENT account) and the Lin family, Zoe (a therapy client of no family), a band, a recurring pattern whose lessons the
/// database generates, lessons in every status, notes of every visibility, goals, plans, rooms and reservations, inventory and checkouts in every status,
/// saved payment methods, resources of every type shared or not, and resource checkouts in every status.</summary>
internal sealed partial class DemoWorld
{
    private void AddStudio()
    {
        var studio = new Studio.Studio
        {
            Id = DemoIds.For("studio/main"), Name = "Harmony Music Studio", Slug = "harmony-music-studio",
            Description = "Private and group lessons for all ages.", Website = "https://harmony.demo.graph", Email = "hello@harmony.demo.graph",
            Phone = "+15550700000", Address = "12 Melody Lane", City = "New York", State = "NY", Country = "US", PostalCode = "10001",
            LogoUrl = "https://harmony.demo.graph/logo.png", ThemeColor = "#3b5bdb", TimeZone = "America/New_York", LessonHorizonDays = 60,
            Settings = Json("""{"currency": "USD", "cancellationNoticeHours": 24}"""),
            LayoutData = Json("""{"sections": [{"type": "hero", "title": "Harmony"}, {"type": "teachers"}]}"""),
        };
        Studios.Add(studio);

        var nora = new User
        {
            Id = DemoIds.For("user/teacher-nora"), Email = "nora.keys@harmony.demo.graph", FirstName = "Nora", LastName = "Keys",
            Phone = "+15550700001", Roles = [Role.Teacher], IsVerified = true, CreatedAt = Days(-300),
        };
        Users.Add(nora);
        var tom = AddTeacher("tom", Account(Role.Teacher), studio, "Piano and speech-friendly music games.", ["piano", "speech"], 60, bufferMinutes: 10);
        var noraTeacher = AddTeacher("nora", nora, studio, "Jazz piano and music theory.", ["piano", "music theory"], 55, bufferMinutes: 0);

        var okafor = new Family
        {
            Id = DemoIds.For("family/okafor"), StudioId = studio.Id, Name = "Okafor family", PrimaryContactId = Account(Role.Parent).Id,
            PhoneNumber = "+15550700010", Address = "4 Elm Street, New York", BillingEmail = Account(Role.Parent).Email,
        };
        var lin = new Family { Id = DemoIds.For("family/lin"), StudioId = studio.Id, Name = "Lin family", BillingEmail = "lin.family@students.demo.graph" };
        Families.AddRange([okafor, lin]);

        var sam = Students.Single(s => s.FirstName == "Sam");
        (sam.StudioId, sam.FamilyId, sam.PrimaryTeacherId, sam.Instrument) = (studio.Id, okafor.Id, tom.Id, "Piano");
        var maya = Students.Single(s => s.FirstName == "Maya");
        (maya.StudioId, maya.FamilyId, maya.PrimaryTeacherId) = (studio.Id, lin.Id, noraTeacher.Id);
        // Zoe comes to the studio for occupational therapy (the therapy center's side): the TEACHER account scans her in.
        Students.Single(s => s.FirstName == "Zoe").StudioId = studio.Id;

        var band = new Band
        {
            Id = DemoIds.For("band/thursday-combo"), StudioId = studio.Id, Name = "Thursday Jazz Combo", PrimaryContactId = Account(Role.Parent).Id,
            Email = "combo@harmony.demo.graph", PhoneNumber = "+15550700020", Address = "12 Melody Lane", City = "New York", State = "NY",
            PostalCode = "10001", Country = "US", Notes = "Rehearses Thursdays at 5pm.",
        };
        Bands.Add(band);
        BandMembers.Add(new BandMember { Id = DemoIds.For("band-member/combo-student"), BandId = band.Id, UserId = Account(Role.Student).Id });
        BandMembers.Add(new BandMember { Id = DemoIds.For("band-member/combo-parent"), BandId = band.Id, UserId = Account(Role.Parent).Id });

        // Nora teaches Maya every Wednesday at 4pm New York time: the database generates the lessons still to come.
        RecurringPatterns.Add(new RecurringPattern
        {
            Id = DemoIds.For("pattern/maya-weekly"), StudioId = studio.Id, TeacherId = noraTeacher.Id, StudentId = maya.Id,
            Frequency = RecurrenceFrequency.Weekly, DayOfWeek = DayOfWeek.Wednesday, StartTime = new TimeOnly(16, 0), DurationMinutes = 45,
            StartDate = Today.AddDays(-30), Location = "Room A",
        });
        // A monthly theory session that ended: no lessons to come.
        RecurringPatterns.Add(new RecurringPattern
        {
            Id = DemoIds.For("pattern/maya-theory"), StudioId = studio.Id, TeacherId = noraTeacher.Id, StudentId = maya.Id,
            Frequency = RecurrenceFrequency.Monthly, DayOfWeek = DayOfWeek.Saturday, StartTime = new TimeOnly(10, 0), DurationMinutes = 60,
            StartDate = Today.AddDays(-120), EndDate = Today.AddDays(-10), LessonType = LessonType.Group, IsActive = false,
        });

        var first = AddLesson("sam-speech-1", tom, sam, -1.2, 45, LessonStatus.Completed);
        AddLesson("sam-cancelled", tom, sam, -8, 45, LessonStatus.Cancelled, "Sam was ill.");
        AddLesson("sam-no-show", tom, sam, -15, 45, LessonStatus.NoShow);
        AddLesson("sam-now", tom, sam, -10 / 1440.0, 45, LessonStatus.InProgress);
        AddLesson("sam-next", tom, sam, 3, 45, LessonStatus.Scheduled);
        AddLesson("maya-online", noraTeacher, maya, -6.9, 30, LessonStatus.Completed, lessonType: LessonType.Online);

        LessonNotes.Add(new LessonNote
        {
            Id = DemoIds.For("note/sam-for-everyone"), LessonId = first.Id, TeacherId = tom.Id, Summary = "Great focus on the C major scale.",
            TopicsCovered = Json("""["C major scale", "posture"]"""), Assignments = Json("""[{"piece": "Minuet in G", "minutes": 15}]"""),
            Strengths = Json("""["rhythm"]"""), Challenges = Json("""["left hand"]"""), Homework = "Scales daily, 10 minutes.",
        });
        LessonNotes.Add(new LessonNote
        {
            Id = DemoIds.For("note/sam-for-parents"), LessonId = first.Id, TeacherId = tom.Id, Summary = "Practice at home seems irregular; a schedule would help.",
            VisibleToStudent = false,
        });
        LessonNotes.Add(new LessonNote
        {
            Id = DemoIds.For("note/sam-teacher-only"), LessonId = first.Id, TeacherId = tom.Id, Summary = "Consider moving to grade 2 material next term.",
            VisibleToStudent = false, VisibleToParent = false,
        });

        StudentGoals.Add(new StudentGoal
        {
            Id = DemoIds.For("goal/sam-recital"), StudentId = sam.Id, TeacherId = tom.Id, Title = "Play at the spring recital",
            Description = "Minuet in G from memory.", TargetDate = Today.AddDays(90), ProgressPercentage = 40,
        });
        StudentGoals.Add(new StudentGoal
        {
            Id = DemoIds.For("goal/sam-scales"), StudentId = sam.Id, TeacherId = tom.Id, Title = "All major scales, one octave",
            Status = GoalStatus.Achieved, ProgressPercentage = 100, TargetDate = Today.AddDays(-5),
        });
        StudentGoals.Add(new StudentGoal
        {
            Id = DemoIds.For("goal/maya-grade"), StudentId = maya.Id, TeacherId = noraTeacher.Id, Title = "Grade 3 exam",
            Status = GoalStatus.Abandoned, ProgressPercentage = 20,
        });

        LessonPlans.Add(new LessonPlan
        {
            Id = DemoIds.For("plan/tom-first-lesson"), StudioId = studio.Id, TeacherId = tom.Id, Title = "First piano lesson", Specialty = "piano",
            DurationMinutes = 45, Objectives = Json("""["find middle C", "five-finger position"]"""), Materials = Json("""["Piano Adventures 1"]"""),
            Activities = Json("""[{"name": "echo clapping", "minutes": 5}]"""), Tags = ["beginner", "piano"],
        });
        LessonPlans.Add(new LessonPlan
        {
            Id = DemoIds.For("plan/nora-blues"), StudioId = studio.Id, TeacherId = noraTeacher.Id, Title = "12-bar blues", Specialty = "piano",
            Description = "Shared with the studio.", DurationMinutes = 60, Tags = ["jazz", "improvisation"], IsPublic = true,
        });
        LessonPlans.Add(new LessonPlan
        {
            Id = DemoIds.For("plan/nora-draft"), StudioId = studio.Id, TeacherId = noraTeacher.Id, Title = "Voicings (draft)", Specialty = "piano", Tags = ["jazz"],
        });

        var roomA = AddRoom("room-a", studio, "Room A", 2, 20, "Upright piano, music stand.");
        var drums = AddRoom("drums", studio, "Drum Room", 3, 30, "Acoustic kit, practice pads.");
        AddRoom("old", studio, "Old Studio", 1, 0, null, isActive: false);

        var student = Account(Role.Student).Id;
        AddReservation("pending", roomA, student, 2, 1, ReservationStatus.Pending);
        AddReservation("cancelled", roomA, student, 2, 1, ReservationStatus.Cancelled, "Overlaps the pending one: allowed, as it was cancelled.");
        AddReservation("confirmed", drums, student, 1, 1.5, ReservationStatus.Confirmed);
        AddReservation("completed", roomA, student, -3, 1, ReservationStatus.Completed, isPaid: true);
        AddReservation("no-show", drums, Account(Role.Parent).Id, -5, 2, ReservationStatus.NoShow);

        // The database keeps what is available: the approved and the overdue checkouts hold theirs (the Real Book is
        // down to one, low stock); the returned, cancelled and pending ones hold nothing.
        var violin = AddItem("violin", studio, "Student violin 3/4", InventoryCategory.Instrument, 4, 180, maxDays: 30);
        var metronome = AddItem("metronome", studio, "Metronome", InventoryCategory.Accessories, 3, 25);
        var realBook = AddItem("real-book", studio, "Real Book vol. 1", InventoryCategory.SheetMusic, 2, 40);
        AddItem("grand-piano", studio, "Grand piano", InventoryCategory.Instrument, 1, 45000, borrowable: false);
        var amp = AddItem("amp", studio, "Bass amplifier", InventoryCategory.Equipment, 1, 600);
        (amp.Status, amp.Condition) = (InventoryStatus.Maintenance, ItemCondition.NeedsRepair);
        AddCheckout("pending", violin, student, 1, 0, CheckoutStatus.Pending);
        AddCheckout("approved", realBook, student, 1, -3, CheckoutStatus.Approved);
        AddCheckout("overdue", metronome, Account(Role.Parent).Id, 1, -20, CheckoutStatus.Overdue);
        AddCheckout("returned", violin, student, 1, -40, CheckoutStatus.Returned);
        AddCheckout("cancelled", metronome, student, 2, -10, CheckoutStatus.Cancelled);

        // Invoices in every status: the database adds them up and settles a sent one's status from its payments and
        // due date (InvoiceMoves sends them and pays them once their lines are in).
        var draft = AddInvoice("draft", studio, lin.Id, null, issued: -1, due: 29, InvoiceStatus.Draft);
        AddInvoiceLine(draft, "Jazz piano, 4 Wednesday lessons", 4, 55, DemoIds.For("lesson/maya-online"));
        var sent = AddInvoice("sent", studio, okafor.Id, null, issued: -3, due: 20, InvoiceStatus.Sent);
        AddInvoiceLine(sent, "Piano and speech lesson", 1, 60, first.Id);
        AddInvoiceLine(sent, "Practice room, 1 hour", 1, 20);
        var partial = AddInvoice("partial", studio, okafor.Id, null, issued: -20, due: 10, InvoiceStatus.Sent, tax: 8.40m);
        AddInvoiceLine(partial, "Piano lessons, last month", 2, 60);
        var paid = AddInvoice("paid", studio, null, band.Id, issued: -35, due: -5, InvoiceStatus.Sent);
        AddInvoiceLine(paid, "Ensemble coaching", 3, 40);
        var overdue = AddInvoice("overdue", studio, lin.Id, null, issued: -45, due: -15, InvoiceStatus.Sent);
        AddInvoiceLine(overdue, "Theory workshop", 1, 75);
        var cancelled = AddInvoice("cancelled", studio, okafor.Id, null, issued: -50, due: -20, InvoiceStatus.Cancelled);
        AddInvoiceLine(cancelled, "Billed twice by mistake", 1, 60);
        PayInvoice("partial-cash", partial, 50, -12, PaymentMethodKind.Cash);
        PayInvoice("paid-card", paid, 120, -8, PaymentMethodKind.CreditCard);

        AddPaymentMethods(okafor, lin, band);
        AddResources(studio, nora, sam, maya);
        AddNotifications();
    }

    /// <summary>What the studio's office sends by hand (GENERAL): one unread, one read. The others the database writes with the
    /// lessons, invoices and checkouts above.</summary>
    private void AddNotifications()
    {
        void Add(string key, Role recipient, string title, string message, bool isRead, string? link = null) =>
            Notifications.Add(new Notification
            {
                Id = DemoIds.For("notification/" + key), UserId = Account(recipient).Id, Title = title, Message = message, IsRead = isRead, Link = link,
            });
        Add("recital-student", Role.Student, "Spring recital", "The spring recital is on the last Saturday of the month.", isRead: false, "/recitals/spring");
        Add("recital-parent", Role.Parent, "Spring recital", "The spring recital is on the last Saturday of the month.", isRead: true, "/recitals/spring");
        Add("staff-meeting", Role.Teacher, "Staff meeting", "Teachers meet on Friday at 9 in room A.", isRead: false);
    }

    private Invoice AddInvoice(string key, Studio.Studio studio, Guid? family, Guid? band, double issued, double due, InvoiceStatus status, decimal tax = 0)
    {
        var invoice = new Invoice
        {
            Id = DemoIds.For("invoice/" + key), StudioId = studio.Id, FamilyId = family, BandId = band, InvoiceNumber = "HMS-" + key.ToUpperInvariant(),
            IssueDate = DateOnly.FromDateTime(Days(issued).UtcDateTime), DueDate = DateOnly.FromDateTime(Days(due).UtcDateTime), Tax = tax,
            Notes = status == InvoiceStatus.Cancelled ? "Cancelled: the lesson was billed on another invoice." : null,
        };
        Invoices.Add(invoice);
        InvoiceMoves.Add((invoice.Id, status, []));
        return invoice;
    }

    private void AddInvoiceLine(Invoice invoice, string description, int quantity, decimal unitPrice, Guid? lesson = null) =>
        InvoiceLineItems.Add(new InvoiceLineItem
        {
            Id = DemoIds.For($"invoice-line/{invoice.Id}/{description}"), InvoiceId = invoice.Id, Description = description, Quantity = quantity,
            UnitPrice = unitPrice, LessonId = lesson,
        });

    private void PayInvoice(string key, Invoice invoice, decimal amount, double day, PaymentMethodKind method)
    {
        var move = InvoiceMoves.FindIndex(m => m.InvoiceId == invoice.Id);
        InvoiceMoves[move] = InvoiceMoves[move] with
        {
            Payments = [.. InvoiceMoves[move].Payments, new Payment
            {
                Id = DemoIds.For("payment/invoice-" + key), InvoiceId = invoice.Id, Amount = amount, Method = method, Status = PaymentStatus.Paid,
                PaidAt = Days(day), TransactionId = "demo-" + key, ProcessedById = Account(Role.Admin).Id,
            }],
        };
    }

    /// <summary>The Okafors pay by card (their old bank account is inactive: it was the default once), the Lins by debit
    /// card, the band by its leader's card.</summary>
    private void AddPaymentMethods(Family okafor, Family lin, Band band)
    {
        void Add(string key, Family? family, Band? owner, PaymentMethodType type, string lastFour, bool isDefault, bool isActive = true) =>
            PaymentMethods.Add(new PaymentMethod
            {
                Id = DemoIds.For("payment-method/" + key), FamilyId = family?.Id, BandId = owner?.Id, PaymentType = type, LastFour = lastFour,
                StripePaymentMethodId = "pm_demo_" + key.Replace('-', '_'), IsDefault = isDefault, IsActive = isActive,
            });
        Add("okafor-visa", okafor, null, PaymentMethodType.CreditCard, "4242", isDefault: true);
        Add("okafor-bank", okafor, null, PaymentMethodType.BankAccount, "6789", isDefault: true, isActive: false);
        Add("lin-debit", lin, null, PaymentMethodType.DebitCard, "1881", isDefault: true);
        Add("combo-card", null, band, PaymentMethodType.CreditCard, "0005", isDefault: true);
    }

    /// <summary>Resources of every type: public, shared with Sam (so the Okafors see them too), shared with Maya, for teachers
    /// only; a PDF with an uploaded file; lendable method books whose checkouts are in every status (the database keeps
    /// what is available: one out, one overdue, one lost and written off, one returned) and metronomes to lend.</summary>
    private void AddResources(Studio.Studio studio, User nora, Programs.Student sam, Programs.Student maya)
    {
        var tom = Account(Role.Teacher).Id;
        Resource Add(string key, string title, ResourceType type, Guid uploadedBy, string tags, bool isPublic = false, string? url = null, int copies = 0,
            string? category = null)
        {
            var resource = new Resource
            {
                Id = DemoIds.For("resource/" + key), StudioId = studio.Id, UploadedById = uploadedBy, Title = title, ResourceType = type,
                Description = title + ".", ExternalUrl = url, Tags = Json(tags), Category = category, IsPublic = isPublic,
                IsPhysicalItem = copies > 0, IsLendable = copies > 0, QuantityTotal = Math.Max(copies, 1), CheckoutDurationDays = 21,
            };
            Resources.Add(resource);
            return resource;
        }

        var metronomes = Add("lending-metronomes", "Lending metronomes", ResourceType.Physical, tom, """["practice", "lending"]""", isPublic: true, copies: 5,
            category: "equipment");
        var scales = Add("scales-pdf", "Major scales, one octave", ResourceType.Pdf, tom, """["scales", "piano", "beginner"]""", isPublic: true, category: "sheet-music");
        var storedName = scales.Id.ToString("N");
        (scales.StoredName, scales.FileUrl, scales.FileName, scales.FileSize, scales.MimeType) =
            (storedName, Diagnostics.StoredFile.Url(storedName), "major-scales.pdf", 48_213, "application/pdf");
        var theory = Add("theory-link", "Circle of fifths explained", ResourceType.Link, tom, """["theory"]""", url: "https://harmony.demo.graph/theory/circle-of-fifths");
        var blues = Add("blues-recording", "12-bar blues backing track", ResourceType.Audio, nora.Id, """["jazz", "blues"]""",
            url: "https://harmony.demo.graph/audio/12-bar-blues.mp3", category: "backing-tracks");
        Add("teacher-video", "Teaching posture to beginners", ResourceType.Video, nora.Id, """["teaching"]""", url: "https://harmony.demo.graph/video/posture");
        var books = Add("method-books", "Piano Adventures, level 1", ResourceType.Physical, tom, """["piano", "method"]""", copies: 3, category: "books");
        var harp = Add("studio-harp", "Concert harp", ResourceType.Physical, tom, """["harp"]""", copies: 1, category: "instruments");
        harp.IsLendable = false;

        void Share(string key, Resource resource, Programs.Student student) =>
            ResourceShares.Add(new ResourceShare { Id = DemoIds.For("resource-share/" + key), ResourceId = resource.Id, StudentId = student.Id });
        Share("metronomes-sam", metronomes, sam);
        Share("theory-sam", theory, sam);
        Share("blues-maya", blues, maya);

        void Checkout(string key, Programs.Student student, double day, ResourceCheckoutStatus status, string? returnNotes = null)
        {
            var at = Days(day);
            ResourceCheckouts.Add(new ResourceCheckout
            {
                Id = DemoIds.For("resource-checkout/" + key), ResourceId = books.Id, StudentId = student.Id, Status = status, CheckedOutAt = at,
                DueDate = DateOnly.FromDateTime(at.AddDays(books.CheckoutDurationDays).UtcDateTime), CheckoutNotes = "Cover slightly worn.",
                ReturnedAt = status == ResourceCheckoutStatus.Returned ? at.AddDays(12) : null, ReturnNotes = returnNotes,
            });
        }

        Checkout("out", sam, -2, ResourceCheckoutStatus.CheckedOut);
        Checkout("overdue", maya, -30, ResourceCheckoutStatus.Overdue);
        Checkout("returned", sam, -60, ResourceCheckoutStatus.Returned, "Returned in good shape.");
        Checkout("lost", maya, -90, ResourceCheckoutStatus.Lost, "Left on a train.");
    }

    private InventoryItem AddItem(string key, Studio.Studio studio, string name, InventoryCategory category, int quantity, decimal value, int maxDays = 14,
        bool borrowable = true)
    {
        var item = new InventoryItem
        {
            Id = DemoIds.For("inventory/" + key), StudioId = studio.Id, Name = name, Category = category, Quantity = quantity, Value = value,
            IsBorrowable = borrowable, MaxCheckoutDays = maxDays, Location = "Storage room", SerialNumber = "HMS-" + key.ToUpperInvariant(),
            PurchaseDate = DateOnly.FromDateTime(Days(-400).UtcDateTime), CreatedById = Account(Role.Admin).Id,
        };
        InventoryItems.Add(item);
        return item;
    }

    private void AddCheckout(string key, InventoryItem item, Guid student, int quantity, double day, CheckoutStatus status)
    {
        var at = Days(day);
        CheckoutLogs.Add(new CheckoutLog
        {
            Id = DemoIds.For("checkout/" + key), ItemId = item.Id, StudentId = student, Quantity = quantity, CheckoutDate = at,
            DueDate = DateOnly.FromDateTime(at.AddDays(item.MaxCheckoutDays).UtcDateTime), Status = status,
            ApprovedById = status is CheckoutStatus.Approved or CheckoutStatus.Overdue or CheckoutStatus.Returned ? Account(Role.Admin).Id : null,
            ApprovedAt = status is CheckoutStatus.Approved or CheckoutStatus.Overdue or CheckoutStatus.Returned ? at : null,
            ReturnDate = status == CheckoutStatus.Returned ? at.AddDays(10) : null,
        });
    }

    private Teacher AddTeacher(string key, User user, Studio.Studio studio, string bio, List<string> specialties, decimal rate, int bufferMinutes)
    {
        var teacher = new Teacher
        {
            Id = DemoIds.For("teacher/" + key), UserId = user.Id, StudioId = studio.Id, Bio = bio, Specialties = specialties, HourlyRate = rate,
            BookingBufferMinutes = bufferMinutes,
        };
        Teachers.Add(teacher);
        return teacher;
    }

    private Lesson AddLesson(string key, Teacher teacher, Programs.Student student, double day, int minutes, LessonStatus status,
        string? cancellationReason = null, LessonType lessonType = LessonType.Private)
    {
        var start = Days(day);
        var lesson = new Lesson
        {
            Id = DemoIds.For("lesson/" + key), StudioId = teacher.StudioId, TeacherId = teacher.Id, StudentId = student.Id,
            ScheduledStart = start, ScheduledEnd = start.AddMinutes(minutes), Location = lessonType == LessonType.Online ? "Zoom" : "Room A",
            LessonType = lessonType, Status = status, CancellationReason = cancellationReason,
            ActualStart = status is LessonStatus.InProgress or LessonStatus.Completed ? start.AddMinutes(2) : null,
            ActualEnd = status == LessonStatus.Completed ? start.AddMinutes(minutes) : null,
        };
        Lessons.Add(lesson);
        return lesson;
    }

    private PracticeRoom AddRoom(string key, Studio.Studio studio, string name, int capacity, decimal rate, string? equipment, bool isActive = true)
    {
        var room = new PracticeRoom
        {
            Id = DemoIds.For("room/" + key), StudioId = studio.Id, Name = name, Capacity = capacity, HourlyRate = rate, Equipment = equipment,
            Description = name + " at " + studio.Name, IsActive = isActive,
        };
        PracticeRooms.Add(room);
        return room;
    }

    private void AddReservation(string key, PracticeRoom room, Guid student, double day, double hours, ReservationStatus status, string? notes = null,
        bool isPaid = false)
    {
        // Whole hours of the day, so the demo prices read round.
        var start = new DateTimeOffset(Days(day).UtcDateTime.Date.AddHours(15), TimeSpan.Zero);
        RoomReservations.Add(new RoomReservation
        {
            Id = DemoIds.For("reservation/" + key), RoomId = room.Id, StudentId = student, StartTime = start, EndTime = start.AddHours(hours),
            Status = status, IsPaid = isPaid, Notes = notes,
        });
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
