using Graph.Persistence.Identity;
using Graph.Persistence.Studio;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Studio;

/// <summary>
/// The music studio (seed 003): studios, their teachers, families and bands; lessons, the recurring patterns that
/// generate them, notes, goals and lesson plans; practice rooms and their reservations; the inventory and its checkouts; invoices, their lines
/// and payments; families' and bands' saved payment methods; resources, shared with students, and their checkouts; the notifications the database writes for what concerns a user. Teachers read and write their
/// own lessons, notes and plans (public plans are shared with the studio's teachers); students their lessons, goals,
/// reservations and the notes visible to them; parents their family's lessons, goals and the notes visible to parents.
/// </summary>
public sealed class StudioSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<Persistence.Studio.Studio>(studio => studio
            .Description("A music studio or school: its public profile, branding, the time zone its lessons are scheduled in.")
            .Describe("slug", "Lower-case words joined by hyphens; unique.")
            .Describe("logoUrl", "Where the studio's logo image is.")
            .Describe("settings", "Custom settings, a JSON object.")
            .Describe("layoutData", "The studio builder's layout, a JSON object or array.")
            .Describe("timeZone", "An IANA time zone such as `America/New_York`: recurring lessons keep their wall-clock time in it across daylight-saving changes.")
            .Describe("lessonHorizonDays", "How many days ahead a recurring pattern without an end date generates its lessons.")
            .RootConnection("studios", "Music studios: open to anyone.")
            .Connection("teachers", "students", "families", "bands", "practiceRooms")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin]));
        module.Node<Teacher>(teacher => teacher
            .Description("A teacher's profile at a studio, one per user account.")
            .Describe("specialties", "Instruments and subjects taught.")
            .Describe("hourlyRate", "The default lesson rate.")
            .Describe("bookingBufferMinutes", "Minutes kept free after each lesson: no other lesson of the teacher starts within them.")
            .Describe("students", "The students whose primary teacher this is.")
            .RootConnection("teachers", "Studio teachers: every one for staff; the teacher themselves and the students, family contacts and teachers of their studio.")
            .Connection("lessons", "students")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "the teacher themselves", (t, v) => t.UserId == v.UserId)
            .WriteFields(["user", "studio"], [Admin]));
        module.Node<Family>(family => family
            .Description("Students of one household, billed together.")
            .Describe("primaryContact", "The parent or guardian.")
            .Describe("billingEmail", "Where invoices go.")
            .RootConnection("families", "Studio families: the caller's own as its primary contact; every one for ADMIN; their studio's for teachers.")
            .Connection("students", "invoices", "paymentMethods")
            .Describe("paymentMethods", "Its saved payment methods: for ADMIN and the family's primary contact.")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "its primary contact", (f, v) => f.PrimaryContactId == v.UserId)
            .WriteFields(["studio", "primaryContact"], [Admin]));
        module.Node<Band>(band => band
            .Description("An ensemble of a studio, billed as one; its members are user accounts.")
            .Describe("primaryContact", "The band leader or contact.")
            .RootConnection("bands", "Bands: those the caller contacts or plays in; their studio's for teachers; every one for ADMIN.")
            .Connection("members", "invoices", "paymentMethods")
            .Describe("paymentMethods", "Its saved payment methods: for ADMIN and the band's primary contact.")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin])
            .Write(WriteOperations.Update, [Admin], "its primary contact", (b, v) => b.PrimaryContactId == v.UserId)
            .WriteFields(["studio", "primaryContact"], [Admin]));
        module.Node<BandMember>(member => member
            .Description("A user's membership of a band.")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.Create | WriteOperations.Delete)
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin]));
        module.Node<RecurringPattern>(pattern => pattern
            .Description("A standing lesson slot. The database generates its lessons still to come (on the weekday, at the time in the studio's time zone, up to the end date or the studio's horizon); changing the pattern makes them again, deactivating it cancels them.")
            .Describe("frequency", "WEEKLY, BIWEEKLY, or MONTHLY (the same weekday in the same place of each month as the first: the 2nd Tuesday, or the last Friday).")
            .Describe("startTime", "The wall-clock start in the studio's time zone.")
            .Describe("isActive", "Set false to cancel the lessons still to come; true again to make them again.")
            .RootConnection("recurringPatterns", "Weekly lesson patterns: the teacher's and the student's own (and the family contact's); every one for ADMIN.")
            .Connection("lessons")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "the pattern's teacher", (p, v) => StudioAccess.IsTeacherSelf(p.TeacherId, v.UserId)));
        module.Node<Lesson>(lesson => lesson
            .Description("One lesson of a student with a teacher (also a therapy session). A teacher is never booked twice at once, their booking buffer counted: an overlapping lesson is refused with a ReservationConflictError.")
            .Describe("status", "SCHEDULED, IN_PROGRESS, COMPLETED, CANCELLED or NO_SHOW; moved by updateLessonStatus.")
            .Describe("location", "The room or online platform.")
            .Describe("actualStart", "When the lesson began (set on IN_PROGRESS).")
            .Describe("actualEnd", "When the lesson ended (set on COMPLETED).")
            .Describe("recurringPattern", "The pattern that generated the lesson, if one did.")
            .Describe("cancellationReason", "Why the lesson was called off (set with CANCELLED).")
            .Describe("durationMinutes", "The scheduled length in minutes.")
            .Describe("teacherBlockedUntil", "The scheduled end plus the teacher's booking buffer: no other lesson of the teacher starts before it.")
            .RootConnection("lessons", "Lessons: the teacher's and the student's own (and the family contact's); every one for ADMIN.")
            .Connection("notes")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "the lesson's teacher", (l, v) => StudioAccess.IsTeacherSelf(l.TeacherId, v.UserId))
            .ServerManaged("actualStart", "actualEnd", "cancellationReason", "recurringPattern", "teacherBlockedUntil"));
        module.Node<LessonNote>(note => note
            .Description("A teacher's notes on a lesson; the student and the parent read them only when marked visible to them.")
            .Describe("teacher", "The author.")
            .Describe("topicsCovered", "A JSON value; filterable.")
            .Describe("assignments", "A JSON value; filterable.")
            .Describe("strengths", "A JSON value; filterable.")
            .Describe("challenges", "A JSON value; filterable.")
            .RootConnection("lessonNotes", "Lesson notes: the author's; the student's and the family contact's where the note is visible to them; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "the note's author", (n, v) => StudioAccess.IsTeacherSelf(n.TeacherId, v.UserId)));
        module.Node<StudentGoal>(goal => goal
            .Description("A goal a teacher set with a student, and how far the student has come.")
            .Describe("teacher", "The goal's creator.")
            .Describe("status", "ACTIVE, ACHIEVED or ABANDONED; moved by updateStudentGoalStatus.")
            .Describe("progressPercentage", "0 to 100.")
            .RootConnection("studentGoals", "Student goals: the student's own (and the family contact's); their studio's for teachers; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "the goal's teacher", (g, v) => g.TeacherId != null && StudioAccess.IsTeacherSelf(g.TeacherId.Value, v.UserId)));
        module.Node<LessonPlan>(plan => plan
            .Description("A reusable lesson plan: its author's, shared with the studio's other teachers when public.")
            .Describe("teacher", "The plan's author.")
            .Describe("specialty", "The instrument or subject.")
            .Describe("isPublic", "Shared with the studio's other teachers.")
            .RootConnection("lessonPlans", "Lesson plans (ADMIN and TEACHER): the author's own and the public ones of their studio; every one for ADMIN.")
            .ReadSignedIn(Admin, Role.Teacher)
            .Write(WriteOperations.All, [Admin], "the plan's author", (p, v) => StudioAccess.IsTeacherSelf(p.TeacherId, v.UserId)));
        module.Node<PracticeRoom>(room => room
            .Description("A practice room that students reserve by the hour.")
            .Describe("name", "Unique within the studio.")
            .RootConnection("practiceRooms", "Practice rooms and their hourly rates: open to anyone.")
            .Connection("reservations")
            .ReadPublic()
            .Hide("reservations")
            .Write(WriteOperations.All, [Admin]));
        module.Node<RoomReservation>(reservation => reservation
            .Description("A student's booking of a practice room. An overlapping live reservation of the same room is refused with a ReservationConflictError (of concurrent requests, one wins); the price is the duration times the room's hourly rate.")
            .Describe("student", "The account that reserved.")
            .Describe("status", "PENDING, CONFIRMED, CANCELLED, COMPLETED or NO_SHOW; moved by updateRoomReservationStatus. Only CANCELLED frees the slot.")
            .Describe("totalCost", "Duration in hours times the room's hourly rate, rounded to the cent.")
            .RootConnection("roomReservations", "Practice room reservations: the reserving student's own; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.Create | WriteOperations.Update | WriteOperations.Delete, [Admin], "a STUDENT, PARENT or TEACHER for themselves",
                (r, v) => (v.Has(Role.Student) || v.Has(Parent) || v.Has(Role.Teacher)) && r.StudentId == v.UserId)
            .WriteFields(["student", "isPaid"], [Admin])
            .DefaultsToCaller("student")
            .ServerManaged("totalCost"));
        module.Node<InventoryItem>(item => item
            .Description("A physical item of a studio: an instrument, equipment, sheet music. Approved checkouts take its available quantity down, returns put it back.")
            .Describe("quantity", "How many the studio owns; the available quantity moves with it.")
            .Describe("availableQuantity", "The quantity less what approved checkouts hold; kept by the database.")
            .Describe("status", "AVAILABLE, CHECKED_OUT (set while nothing is available), MAINTENANCE or RETIRED.")
            .Describe("isBorrowable", "Whether students may check it out.")
            .Describe("maxCheckoutDays", "The lending period: a checkout without a due date is due after it.")
            .Describe("isLowStock", "Two or fewer available.")
            .Describe("createdBy", "Who added the item.")
            .RootConnection("inventoryItems", "The studios' inventory (instruments, equipment, sheet music): for ADMIN, TEACHER, STUDENT and PARENT.")
            .Connection("checkouts")
            .ReadSignedIn(Admin, Role.Teacher, Role.Student, Parent)
            .Hide("checkouts")
            .Write(WriteOperations.All, [Admin])
            .DefaultsToCaller("createdBy")
            .ServerManaged("availableQuantity", "isLowStock"));
        module.Node<CheckoutLog>(checkout => checkout
            .Description("A student's loan of an inventory item. Approving it (updateCheckoutLogStatus) takes its quantity off the item, refused when not enough is left (of concurrent approvals, only as many win as there are items); returning it puts the quantity back.")
            .Describe("student", "The account that borrows.")
            .Describe("quantity", "At most the item's quantity; fixed once approved.")
            .Describe("dueDate", "Defaults to the checkout date plus the item's lending period.")
            .Describe("status", "PENDING, APPROVED, RETURNED, OVERDUE or CANCELLED; moved by updateCheckoutLogStatus, and to OVERDUE by the overdue job once an approved checkout is past its due date.")
            .Describe("isOverdue", "Whether the checkout is OVERDUE: approved and not returned by its due date.")
            .Describe("returnDate", "When it came back (set on RETURNED).")
            .Describe("approvedBy", "Who approved it.")
            .RootConnection("checkoutLogs", "Inventory checkouts: the borrowing student's own; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.Create, [Admin], "a STUDENT, PARENT or TEACHER for themselves",
                (c, v) => (v.Has(Role.Student) || v.Has(Parent) || v.Has(Role.Teacher)) && c.StudentId == v.UserId)
            .Write(WriteOperations.Update | WriteOperations.Delete, [Admin])
            .WriteFields(["student"], [Admin])
            .DefaultsToCaller("student")
            .ServerManaged("returnDate", "approvedBy", "approvedAt"));
        module.Node<Invoice>(invoice => invoice
            .Description("A studio's bill to a family or a band. Its amounts are the database's: the subtotal is the sum of its lines, the amount paid the sum of its PAID payments (concurrent payments are counted one after another and never pay more than the total). Once sent, its status follows the money and the due date.")
            .Describe("family", "The family billed (an invoice bills a family or a band, not both).")
            .Describe("band", "The band billed (an invoice bills a family or a band, not both).")
            .Describe("invoiceNumber", "Unique; numbered by the database (`INV-000001`) when not given.")
            .Describe("status", "DRAFT until sent (updateInvoiceStatus); then SENT, PARTIAL (something paid), PAID (nothing due) or OVERDUE (past the due date, unpaid), kept by the database; or CANCELLED.")
            .Describe("dueDate", "Defaults to 30 days after today.")
            .Describe("subtotal", "The sum of the lines' totals; kept by the database.")
            .Describe("total", "Subtotal plus tax.")
            .Describe("amountPaid", "The sum of the invoice's PAID payments; kept by the database.")
            .Describe("balanceDue", "Total less the amount paid.")
            .Describe("isOverdue", "Whether the invoice is OVERDUE: sent, not fully paid, and past its due date.")
            .Describe("sentAt", "When the invoice was first sent.")
            .Describe("paidAt", "When it became PAID.")
            .Describe("lineItems", "The invoice's lines; frozen once it is PAID or CANCELLED.")
            .Describe("payments", "The payments towards the invoice.")
            .RootConnection("invoices", "Studio invoices: those of the families and bands the caller is the primary contact of; every one for ADMIN.")
            .Connection("lineItems", "payments")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin])
            .ServerManaged("subtotal", "amountPaid", "sentAt", "paidAt"));
        module.Node<InvoiceLineItem>(line => line
            .Description("One line of an invoice: its total is quantity times unit price, and the invoice's subtotal follows its lines. The lines of a PAID or CANCELLED invoice are frozen.")
            .Describe("totalPrice", "Quantity times unit price.")
            .Describe("lesson", "The lesson billed, if the line is for one.")
            .RootConnection("invoiceLineItems", "Lines of the invoices the caller reads.")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin]));
        module.Node<PaymentMethod>(method => method
            .Description("A family's or a band's saved payment method for recurring billing (exactly one owner). Only the last four digits are stored; at most one active method of an owner is its default (of two concurrent requests making one, one gets a UniqueConstraintError).")
            .Describe("family", "The owning family (or else a band).")
            .Describe("band", "The owning band (or else a family).")
            .Describe("paymentType", "CREDIT_CARD, DEBIT_CARD or BANK_ACCOUNT.")
            .Describe("lastFour", "The last four digits, exactly four; never more is stored.")
            .Describe("stripePaymentMethodId", "Stripe's reference (`pm_…`); unique.")
            .Describe("isDefault", "The owner's default: at most one of its active methods.")
            .Describe("isActive", "An inactive method is kept for the record and is never the default that counts.")
            .RootConnection("paymentMethods", "Saved payment methods: those of the families and bands the caller is the primary contact of; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "the primary contact of its family or band",
                (p, v) => p.Family!.PrimaryContactId == v.UserId || p.Band!.PrimaryContactId == v.UserId));
        module.Node<Resource>(resource => resource
            .Description("A studio's digital or physical resource: a score, a recording, a link, a book to lend. A digital one has an uploaded file or an external URL (a LINK the URL). A lendable physical one is checked out (ResourceCheckout): its available quantity is the database's.")
            .Describe("uploadedBy", "Who added it.")
            .Describe("resourceType", "PDF, AUDIO, VIDEO, IMAGE, PHYSICAL (a physical item), LINK (has an external URL) or OTHER.")
            .Describe("fileUrl", "Where the uploaded file downloads, for whoever reads the resource; null without a file.")
            .Describe("fileName", "The uploaded file's name as it was sent.")
            .Describe("fileSize", "The uploaded file's size in bytes.")
            .Describe("mimeType", "The media type the uploaded file's bytes show.")
            .Describe("externalUrl", "An http(s) link to the resource.")
            .Describe("tags", "A JSON array; filterable.")
            .Describe("isPhysicalItem", "A physical item (needs neither a file nor a URL).")
            .Describe("quantityTotal", "How many copies the studio has; the available quantity moves with it, and a lost copy leaves it.")
            .Describe("quantityAvailable", "The copies not checked out; kept by the database.")
            .Describe("isLendable", "Whether students may check it out (a physical item).")
            .Describe("checkoutDurationDays", "The lending period: a checkout without a due date is due after it.")
            .Describe("isPublic", "Seen by every student of the studio.")
            .Describe("sharedWithStudents", "The students it is shared with (they and their family contacts read it).")
            .RootConnection("resources", "Studio resources: their studio's for teachers; the public ones of their studio and those shared with or lent to them for students; those shared with or lent to their children for family contacts; the uploader's own; every one for ADMIN.")
            .Connection("sharedWithStudents", "checkouts")
            .ReadSignedIn()
            .Hide("storedName")
            .Write(WriteOperations.All, [Admin], "a teacher of its studio", (r, v) => v.Has(Role.Teacher) && StudioAccess.TeachesAtStudio(r.StudioId, v.UserId))
            .WriteFields(["uploadedBy"], [Admin])
            .DefaultsToCaller("uploadedBy")
            .ServerManaged("fileUrl", "fileName", "fileSize", "mimeType", "quantityAvailable")
            .WriteInput("file", Uploads.UploadType.Instance, ResourceFiles.Description, ResourceFiles.ApplyAsync));
        module.Node<ResourceShare>(share => share
            .Description("A resource shared with one student: the student and their family contact read the resource.")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.Create | WriteOperations.Delete)
            .Write(WriteOperations.Create | WriteOperations.Delete, [Admin], "a teacher of the resource's studio",
                (s, v) => v.Has(Role.Teacher) && StudioAccess.TeachesAtResourceStudio(s.ResourceId, v.UserId)));
        module.Node<ResourceCheckout>(checkout => checkout
            .Description("A student's loan of one copy of a lendable physical resource. Created CHECKED_OUT, it takes a copy off the resource's available quantity, refused with a ValidationError when none is left (of concurrent checkouts, only as many win as there are copies); RETURNED gives it back, LOST writes it off.")
            .Describe("student", "The borrower.")
            .Describe("status", "CHECKED_OUT, RETURNED, OVERDUE or LOST; moved by updateResourceCheckoutStatus.")
            .Describe("checkedOutAt", "Defaults to now.")
            .Describe("dueDate", "Defaults to the checkout day plus the resource's lending period.")
            .Describe("isOverdue", "Whether the checkout is OVERDUE: out past its due date (the overdue job moves it there).")
            .Describe("returnedAt", "When it came back (set on RETURNED).")
            .Describe("resource", "The resource lent; fixed.")
            .RootConnection("resourceCheckouts", "Resource checkouts: their studio's for teachers; the student's own and their family contact's; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.All, [Admin], "a teacher of the resource's studio",
                (c, v) => v.Has(Role.Teacher) && StudioAccess.TeachesAtResourceStudio(c.ResourceId, v.UserId))
            .ServerManaged("returnedAt"));
        module.Node<Notification>(notification => notification
            .Description("A notification for one user. The database writes them with the change they tell of, whichever path made it: a lesson scheduled or cancelled (to the student and the family contact; a recurring pattern once, not per lesson), an invoice sent (to its payer), a checkout approved (to the borrower); ADMIN sends GENERAL ones. Each is announced on notificationReceived.")
            .Describe("user", "The recipient.")
            .Describe("notificationType", "LESSON_SCHEDULED, LESSON_CANCELLED, INVOICE_SENT, CHECKOUT_APPROVED or GENERAL.")
            .Describe("isRead", "Set by the recipient (markNotificationRead, markAllNotificationsRead, updateNotification); the recipient's unreadNotificationCount follows.")
            .Describe("readAt", "When it was marked read; null while unread.")
            .Describe("link", "An action URL: a path of the frontend (`/lessons/…`) or an http(s) address.")
            .RootConnection("notifications", "Notifications: the caller's own; every one for ADMIN.")
            .ReadSignedIn()
            .Write(WriteOperations.Create, [Admin])
            .Write(WriteOperations.Update | WriteOperations.Delete, [Admin], "its recipient", (n, v) => n.UserId == v.UserId)
            .WriteFields(["user", "title", "message", "notificationType", "link"], [Admin])
            .ServerManaged("readAt"));
        module.AddTypeExtension<LessonStatusMutations>();
        module.AddTypeExtension<LessonStatusSubscriptions>();
        module.AddTypeExtension<StudentGoalStatusMutations>();
        module.AddTypeExtension<StudentGoalStatusSubscriptions>();
        module.AddTypeExtension<RoomReservationStatusMutations>();
        module.AddTypeExtension<RoomReservationStatusSubscriptions>();
        module.AddTypeExtension<CheckoutLogStatusMutations>();
        module.AddTypeExtension<CheckoutLogStatusSubscriptions>();
        module.AddTypeExtension<InvoiceStatusMutations>();
        module.AddTypeExtension<InvoiceStatusSubscriptions>();
        module.AddTypeExtension<ResourceCheckoutStatusMutations>();
        module.AddTypeExtension<ResourceCheckoutStatusSubscriptions>();
        module.AddTypeExtension<NotificationMutations>();
        module.AddTypeExtension<NotificationSubscriptions>();
        module.AddStatusChangeErrors();
    }
}
