using System.Globalization;
using Npgsql;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

/// <summary>The music studio: studios in several time zones, their teachers and families (each with an account), three
/// students in four of the programs' students at a studio with a primary teacher (two in three of those in a family),
/// lessons over the history and the coming weeks, and invoices to the families. Rows the studio's triggers answer
/// (a scheduled lesson's notifications; an invoice's lines, sending and payments, recounted and settled by the
/// database) are written after the keys are back, in the order the triggers accept.</summary>
internal sealed partial class ScaleGenerator
{
    private static readonly string[] TeacherRoles = ["TEACHER"];
    private static readonly string[] ParentRoles = ["PARENT"];

    // With each zone's standard offset from UTC in hours, to hold lessons in the studio's daytime (give or take summer time).
    private static readonly (string City, string Slug, string Country, string TimeZone, double UtcOffset)[] StudioCities =
    [
        ("New York", "new-york", "US", "America/New_York", -5), ("London", "london", "GB", "Europe/London", 0),
        ("Los Angeles", "los-angeles", "US", "America/Los_Angeles", -8), ("Mumbai", "mumbai", "IN", "Asia/Kolkata", 5.5),
        ("Sydney", "sydney", "AU", "Australia/Sydney", 10), ("Chicago", "chicago", "US", "America/Chicago", -6),
        ("Berlin", "berlin", "DE", "Europe/Berlin", 1), ("São Paulo", "sao-paulo", "BR", "America/Sao_Paulo", -3),
    ];

    private static readonly int[] BookingBuffers = [0, 0, 5, 10, 15, 30];
    private static readonly int[] LessonMinutes = [30, 45, 45, 60];

    private static readonly string[] LessonCancellations =
    [
        "Student is ill.", "Family travelling.", "Teacher unavailable.", "School event.", "Rescheduled at the family's request.",
    ];

    private static readonly (string Description, decimal Price)[] StudioFees =
    [
        ("Registration fee", 50m), ("Recital fee", 35m), ("Sheet music", 18.50m), ("Practice room hours", 24m), ("Instrument rental", 45m),
    ];

    /// <summary>How far ahead teachers' lessons are booked.</summary>
    private static readonly TimeSpan LessonsAhead = TimeSpan.FromDays(28);

    private readonly record struct PlannedLesson(
        Guid Id, int Teacher, int Student, DateTimeOffset Start, int Minutes, string Status, string Type, string? Reason,
        DateTimeOffset? ActualStart, DateTimeOffset? ActualEnd, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    private readonly record struct PlannedLine(Guid InvoiceId, string Description, int Quantity, decimal UnitPrice, Guid LessonId, DateTimeOffset CreatedAt);

    private readonly record struct PlannedInvoicePayment(Guid InvoiceId, decimal Amount, string Status, DateTimeOffset At, string? Notes);

    private Guid[] _studioIds = [];
    private Guid[] _teacherIds = [];
    private int[] _teacherBuffer = [];
    private decimal[] _teacherRate = [];
    private Guid[] _familyIds = [];
    private int[] _familyStudio = [];
    private Guid[] _familyContact = [];

    // Per student: the studio, family and primary teacher (indexes), -1 for none.
    private int[] _studentStudio = [];
    private int[] _studentFamily = [];
    private int[] _studentTeacher = [];

    // Written after the keys: lessons still to come, invoice lines, sending and payments.
    private readonly List<PlannedLesson> _comingLessons = [];
    private readonly List<PlannedLine> _invoiceLines = [];
    private readonly List<(Guid Id, DateTimeOffset SentAt)> _sentInvoices = [];
    private readonly List<Guid> _cancelledInvoices = [];
    private readonly List<PlannedInvoicePayment> _invoicePayments = [];

    private static string TeacherInstrument(int teacher) => Instruments[teacher % Instruments.Length];

    private static Guid IdOrEmpty(Guid[] ids, int index) => index >= 0 ? ids[index] : Guid.Empty;

    /// <summary>Studios, teachers and families, with the teachers' and parents' accounts; which students they have is
    /// decided here, before the students are written.</summary>
    [ScaleTables(95, "users", "studios", "teachers", "families")]
    private void WriteStudiosTeachersFamilies(NpgsqlConnection connection)
    {
        var studios = _plan.Studios;
        var teachers = _plan.Teachers;
        var families = _plan.Families;
        PlanStudioStudents(studios, teachers, families, out var familyFirstStudent);

        var teacherCreated = new DateTimeOffset[teachers];
        var teacherUserIds = new Guid[teachers];
        using (var users = Copy(connection, "users",
                   "id, email, phone, password_hash, first_name, last_name, roles, user_type, is_active, is_verified, last_login_at, " +
                   "failed_login_attempts, locked_until, avatar_url, assigned_area, created_at, updated_at"))
        {
            for (var t = 0; t < teachers; t++)
            {
                teacherCreated[t] = Slot(_start - TimeSpan.FromDays(45), TimeSpan.FromDays(15), t, teachers);
                teacherUserIds[t] = IdAt(teacherCreated[t]);
                var (first, last) = NameOf(t, 7);
                WriteUser(users, teacherUserIds[t], $"teacher{t}.{_runTag}@studio.scale.graph", $"+1666{t:D7}", FirstNames[first], LastNames[last],
                    TeacherRoles, "WEB", teacherCreated[t], null);
            }

            _familyContact = new Guid[families];
            for (var f = 0; f < families; f++)
            {
                var student = familyFirstStudent[f];
                var created = _studentCreated[student] - TimeSpan.FromDays(1);
                _familyContact[f] = IdAt(created);
                var first = NameOf(f, 6).First;
                var last = NameOf(student, 3).Last;
                WriteUser(users, _familyContact[f], $"{FirstNamesLower[first]}.{LastNamesLower[last]}.p{f}.{_runTag}@families.scale.graph", $"+1888{f:D7}",
                    FirstNames[first], LastNames[last], ParentRoles, "WEB", created, null);
            }

            Done("users", users);
        }

        using (var writer = Copy(connection, "studios", "id, name, slug, description, email, phone, city, country, time_zone, is_active, created_at, updated_at"))
        {
            _studioIds = new Guid[studios];
            for (var s = 0; s < studios; s++)
            {
                var (city, slug, country, zone, _) = StudioCities[s % StudioCities.Length];
                var created = _start - TimeSpan.FromDays(60 - s % 30);
                var name = s < StudioCities.Length ? $"{city} Music Studio" : $"{city} Music Studio {s / StudioCities.Length + 1}";
                _studioIds[s] = IdAt(created);
                writer.StartRow();
                writer.Uuid(_studioIds[s]);
                writer.Text(name);
                writer.Text($"{slug}-{_runTag}-{s}");
                writer.Text("Private and group lessons for all ages.");
                writer.Text($"studio{s}.{_runTag}@studio.scale.graph");
                writer.Text($"+1999{s:D7}");
                writer.Text(city);
                writer.Text(country);
                writer.Text(zone);
                writer.Boolean(true);
                writer.Timestamp(created);
                writer.Timestamp(created);
            }

            Done("studios", writer);
        }

        using (var writer = Copy(connection, "teachers",
                   "id, user_id, studio_id, bio, specialties, hourly_rate, is_accepting_students, booking_buffer_minutes, is_active, created_at, updated_at"))
        {
            _teacherIds = new Guid[teachers];
            _teacherBuffer = new int[teachers];
            _teacherRate = new decimal[teachers];
            for (var t = 0; t < teachers; t++)
            {
                var instrument = TeacherInstrument(t);
                var created = teacherCreated[t];
                _teacherIds[t] = IdAt(created);
                _teacherBuffer[t] = Pick(BookingBuffers);
                _teacherRate[t] = 40m + 5m * _random.Next(11);
                writer.StartRow();
                writer.Uuid(_teacherIds[t]);
                writer.Uuid(teacherUserIds[t]);
                writer.Uuid(_studioIds[t % studios]);
                writer.Text($"Teaches {instrument.ToLowerInvariant()} to beginners and advanced students.");
                writer.TextArray(Chance(0.4) ? [instrument.ToLowerInvariant(), "music theory"] : [instrument.ToLowerInvariant()]);
                writer.Numeric(_teacherRate[t]);
                writer.Boolean(!Chance(0.15));
                writer.Integer(_teacherBuffer[t]);
                writer.Boolean(true);
                writer.Timestamp(created);
                writer.Timestamp(created);
            }

            Done("teachers", writer);
        }

        using (var writer = Copy(connection, "families", "id, studio_id, name, primary_contact_id, phone_number, address, billing_email, created_at, updated_at"))
        {
            _familyIds = new Guid[families];
            for (var f = 0; f < families; f++)
            {
                var student = familyFirstStudent[f];
                var created = _studentCreated[student] - TimeSpan.FromDays(1);
                var (first, last) = (NameOf(f, 6).First, NameOf(student, 3).Last);
                var (city, state, postal) = Pick(Cities);
                _familyIds[f] = IdAt(created);
                writer.StartRow();
                writer.Uuid(_familyIds[f]);
                writer.Uuid(_studioIds[_familyStudio[f]]);
                writer.Text($"{LastNames[last]} family");
                writer.Uuid(_familyContact[f]);
                writer.Text($"+1888{f:D7}");
                writer.Text($"{_random.Next(1, 2000)} {Pick(Streets)}, {city}, {state} {postal}{_random.Next(10, 99)}");
                writer.Text($"{FirstNamesLower[first]}.{LastNamesLower[last]}.p{f}.{_runTag}@families.scale.graph");
                writer.Timestamp(created);
                writer.Timestamp(created);
            }

            Done("families", writer);
        }
    }

    /// <summary>Three students in four take lessons; of those, two in three are in a family (two siblings each). A family's
    /// students go to its studio; a student's primary teacher is dealt round the studio's teachers (teacher t teaches at
    /// studio t mod studios).</summary>
    private void PlanStudioStudents(int studios, int teachers, int families, out int[] familyFirstStudent)
    {
        var students = _studentIds.Length;
        _studentStudio = new int[students];
        _studentFamily = new int[students];
        _studentTeacher = new int[students];
        Array.Fill(_studentStudio, -1);
        Array.Fill(_studentFamily, -1);
        Array.Fill(_studentTeacher, -1);
        _familyStudio = new int[families];
        familyFirstStudent = new int[families];
        var dealt = new int[studios];
        var k = 0;
        for (var j = 0; j < students; j++)
        {
            if (j % 4 == 3)
                continue;
            var family = k % 3 < 2 && k / 3 < families ? k / 3 : -1;
            var studio = family >= 0 ? family % studios : k % studios;
            if (family >= 0 && k % 3 == 0)
            {
                _familyStudio[family] = studio;
                familyFirstStudent[family] = j;
            }

            var teachersThere = (teachers - studio + studios - 1) / studios;
            _studentStudio[j] = studio;
            _studentFamily[j] = family;
            _studentTeacher[j] = studio + studios * (dealt[studio]++ % teachersThere);
            k++;
        }
    }

    /// <summary>Each teacher's lessons, one in each of as many equal slices of the history and the coming weeks, at a
    /// quarter hour inside its slice that leaves the teacher's booking buffer before the next slice: no two of a
    /// teacher's lessons overlap, buffer included. Lessons past are held, cancelled or missed; those to come are written
    /// after the keys (each notifies its student and family). Then the invoices, as drafts: their lines, sending and
    /// payments come after the keys too.</summary>
    [ScaleTables(120, "lessons", "invoices")]
    private void WriteLessonsAndInvoices(NpgsqlConnection connection)
    {
        var teachers = _teacherIds.Length;
        var rosters = Enumerable.Range(0, teachers).Select(_ => new List<int>()).ToArray();
        for (var j = 0; j < _studentIds.Length; j++)
        {
            if (_studentTeacher[j] >= 0)
                rosters[_studentTeacher[j]].Add(j);
        }

        foreach (var roster in rosters)
            roster.Sort((a, b) => _studentCreated[a].CompareTo(_studentCreated[b]));

        // The lessons a family's invoices may bill: those held or missed.
        var familyLessons = Enumerable.Range(0, _familyIds.Length).Select(_ => new List<(Guid Id, DateTimeOffset Start, int Minutes, int Teacher)>()).ToArray();
        var origin = new DateTimeOffset(DateOf(_start).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var spanMinutes = (long)(_now + LessonsAhead - origin).TotalMinutes;

        using (var writer = Copy(connection, "lessons", LessonColumns))
        {
            for (var t = 0; t < teachers; t++)
            {
                var roster = rosters[t];
                var count = _plan.Lessons / teachers + (t < _plan.Lessons % teachers ? 1 : 0);
                if (roster.Count == 0 || count == 0)
                    continue;
                var slice = spanMinutes / count / 15 * 15;
                var utcOffset = TimeSpan.FromHours(StudioCities[t % _studioIds.Length % StudioCities.Length].UtcOffset);
                for (var i = 0; i < count; i++)
                {
                    var minutes = Pick(LessonMinutes);
                    var start = LessonStart(origin + TimeSpan.FromMinutes(i * slice), (slice - minutes - _teacherBuffer[t]) / 15 + 1, utcOffset);
                    var lesson = PlanLesson(t, StudentAt(roster, start), start, minutes);
                    if (lesson.Status == "SCHEDULED")
                    {
                        _comingLessons.Add(lesson);
                        continue;
                    }

                    WriteLesson(writer, lesson);
                    var family = _studentFamily[lesson.Student];
                    if (family >= 0 && lesson.Status is "COMPLETED" or "NO_SHOW")
                        familyLessons[family].Add((lesson.Id, start, minutes, t));
                }
            }

            Done("lessons", writer);
        }

        using var invoices = Copy(connection, "invoices", "id, studio_id, family_id, status, issue_date, due_date, notes, created_at, updated_at");
        for (var i = 0; i < _plan.Invoices; i++)
        {
            var family = _random.Next(_familyIds.Length);
            var (id, issued, due, created) = PlanInvoice(family, familyLessons[family]);
            invoices.StartRow();
            invoices.Uuid(id);
            invoices.Uuid(_studioIds[_familyStudio[family]]);
            invoices.Uuid(_familyIds[family]);
            invoices.Text("DRAFT");
            invoices.Date(issued);
            invoices.Date(due);
            invoices.Text(Chance(0.1) ? "Thank you for practising with us." : null);
            invoices.Timestamp(created);
            invoices.Timestamp(created);
        }

        Done("invoices", invoices);
    }

    /// <summary>One of the first <paramref name="quarters"/> quarter hours from the slice's start, in the studio's daytime
    /// (a start from 09:00 to 19:45) when one of a few draws finds one there.</summary>
    private DateTimeOffset LessonStart(DateTimeOffset sliceStart, long quarters, TimeSpan utcOffset)
    {
        var start = sliceStart;
        for (var draw = 0; draw < 6; draw++)
        {
            start = sliceStart + TimeSpan.FromMinutes(15 * _random.NextInt64(quarters));
            if ((start + utcOffset).Hour is >= 9 and < 20)
                break;
        }

        return start;
    }

    /// <summary>One of the teacher's students who had joined by the lesson, among the latest forty to join (the current
    /// roster); the earliest when none had.</summary>
    private int StudentAt(List<int> roster, DateTimeOffset start)
    {
        int low = 0, high = roster.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_studentCreated[roster[middle]] <= start)
                low = middle + 1;
            else
                high = middle;
        }

        var joined = Math.Max(1, low);
        return roster[joined - 1 - _random.Next(Math.Min(joined, 40))];
    }

    private PlannedLesson PlanLesson(int teacher, int student, DateTimeOffset start, int minutes)
    {
        var end = start + TimeSpan.FromMinutes(minutes);
        var type = _random.Next(20) switch { 0 => "GROUP", 1 or 2 => "ONLINE", _ => "PRIVATE" };
        if (start > _now)
        {
            var booked = Between(_now - TimeSpan.FromDays(21), _now);
            return new PlannedLesson(IdAt(booked), teacher, student, start, minutes, "SCHEDULED", type, null, null, null, booked, booked);
        }

        var created = Min(start - TimeSpan.FromDays(_random.Next(1, 22)), _now);
        if (end > _now)
            return new PlannedLesson(IdAt(created), teacher, student, start, minutes, "IN_PROGRESS", type, null, start, null, created, start);
        var roll = _random.NextDouble();
        if (roll < 0.12)
        {
            var cancelled = Between(created, start);
            return new PlannedLesson(IdAt(created), teacher, student, start, minutes, "CANCELLED", type, Pick(LessonCancellations), null, null, created, cancelled);
        }

        if (roll < 0.19)
            return new PlannedLesson(IdAt(created), teacher, student, start, minutes, "NO_SHOW", type, null, null, null, created, end);
        var began = start + TimeSpan.FromMinutes(_random.Next(6));
        var ended = Min(began + TimeSpan.FromMinutes(minutes + _random.Next(-3, 6)), _now);
        return new PlannedLesson(IdAt(created), teacher, student, start, minutes, "COMPLETED", type, null, began, ended, created, ended);
    }

    private const string LessonColumns =
        "id, studio_id, teacher_id, student_id, scheduled_start, scheduled_end, actual_start, actual_end, location, lesson_type, status, " +
        "cancellation_reason, created_at, updated_at";

    private void WriteLesson(CopyWriter writer, PlannedLesson lesson)
    {
        writer.StartRow();
        writer.Uuid(lesson.Id);
        writer.Uuid(_studioIds[_studentStudio[lesson.Student]]);
        writer.Uuid(_teacherIds[lesson.Teacher]);
        writer.Uuid(_studentIds[lesson.Student]);
        writer.Timestamp(lesson.Start);
        writer.Timestamp(lesson.Start + TimeSpan.FromMinutes(lesson.Minutes));
        writer.Timestamp(lesson.ActualStart);
        writer.Timestamp(lesson.ActualEnd);
        writer.Text(lesson.Type == "ONLINE" ? "Online" : $"Room {1 + (lesson.Teacher % 6)}");
        writer.Text(lesson.Type);
        writer.Text(lesson.Status);
        writer.Text(lesson.Reason);
        writer.Timestamp(lesson.CreatedAt);
        writer.Timestamp(lesson.UpdatedAt);
    }

    /// <summary>Decides what becomes of an invoice (the status the triggers will give it) and dates it to match: open ones
    /// (draft, sent, part paid) are due in the coming weeks, overdue ones were due before today. Plans its lines (lessons
    /// of the family before the invoice, or fees) and the payments that make the status.</summary>
    private (Guid Id, DateOnly Issued, DateOnly Due, DateTimeOffset Created) PlanInvoice(int family, List<(Guid Id, DateTimeOffset Start, int Minutes, int Teacher)> lessons)
    {
        var roll = _random.NextDouble();
        var status = roll < 0.55 ? "PAID" : roll < 0.67 ? "OVERDUE" : roll < 0.75 ? "SENT" : roll < 0.83 ? "PARTIAL" : roll < 0.92 ? "DRAFT" : "CANCELLED";
        var issued = status switch
        {
            "SENT" or "PARTIAL" or "DRAFT" => _today.AddDays(-_random.Next(25)),
            "OVERDUE" => DateOf(Between(_start, _now - TimeSpan.FromDays(45))),
            _ => DateOf(Between(_start, _now - TimeSpan.FromDays(1))),
        };
        var due = issued.AddDays(30);
        var created = Min(At(issued).AddMinutes(_random.Next(-120, 120)), _now);
        var id = IdAt(created);

        var subtotal = 0m;
        var lines = 1 + _random.Next(4);
        for (var n = 0; n < lines; n++)
        {
            var lesson = lessons.Count > 0 ? lessons[_random.Next(lessons.Count)] : default;
            var line = lesson.Id != Guid.Empty && lesson.Start < created && (n == 0 || Chance(0.6))
                ? new PlannedLine(id, $"{TeacherInstrument(lesson.Teacher)} lesson, {lesson.Minutes} min, {lesson.Start.ToString("MMMM d", CultureInfo.InvariantCulture)}", 1,
                    Money((double)_teacherRate[lesson.Teacher] * lesson.Minutes / 60), lesson.Id, created)
                : Fee(id, created);
            _invoiceLines.Add(line);
            subtotal += line.Quantity * line.UnitPrice;
        }

        if (status == "DRAFT")
            return (id, issued, due, created);
        var sent = Min(created + TimeSpan.FromHours(_random.Next(1, 9)), _now);
        _sentInvoices.Add((id, sent));
        var paidBy = Min(At(due), _now);
        switch (status)
        {
            case "CANCELLED":
                _cancelledInvoices.Add(id);
                break;
            case "PAID" when subtotal >= 20 && Chance(0.3):
                var half = Math.Round(subtotal / 2, 2);
                var first = Between(sent, paidBy);
                InvoicePayment(id, half, "PAID", first, "First half.");
                InvoicePayment(id, subtotal - half, "PAID", Between(first, paidBy), null);
                break;
            case "PAID":
                InvoicePayment(id, subtotal, "PAID", Between(sent, paidBy), null);
                break;
            case "PARTIAL":
            case "OVERDUE" when Chance(0.5):
                InvoicePayment(id, Math.Clamp(Math.Round(subtotal * (0.3m + 0.4m * (decimal)_random.NextDouble()), 2), 0.01m, subtotal - 0.01m), "PAID",
                    Between(sent, paidBy), "Partial payment.");
                break;
            case "OVERDUE" when Chance(0.4):
                InvoicePayment(id, subtotal, "FAILED", Between(sent, paidBy), "Card declined.");
                break;
        }

        return (id, issued, due, created);
    }

    private PlannedLine Fee(Guid invoiceId, DateTimeOffset created)
    {
        var (description, price) = Pick(StudioFees);
        return new PlannedLine(invoiceId, description, 1 + (Chance(0.2) ? 1 : 0), price, Guid.Empty, created);
    }

    private void InvoicePayment(Guid invoiceId, decimal amount, string status, DateTimeOffset at, string? notes) =>
        _invoicePayments.Add(new PlannedInvoicePayment(invoiceId, amount, status, at, notes));

    /// <summary>With the keys back, in the order the triggers accept: the lessons to come (each notifies its student and
    /// family), the invoices' lines (recounting their subtotals), the sending (each settles as SENT or OVERDUE and notifies
    /// its payer), the payments (recounting what is paid; the invoice settles as PARTIAL or PAID), the paid invoices'
    /// paid_at back to their last payment, and the cancellations. The payers have read the notices of invoices they paid.
    /// The outbox rows the notifications' triggers write would announce thousands of events to the servers at once: the
    /// outbox's announcing trigger is off meanwhile and those rows are deleted before commit.</summary>
    [ScaleTables(900, "lessons", "invoice_line_items", "payments", "notifications", AfterKeys = true)]
    private void WriteStudioAfterKeys(NpgsqlConnection connection)
    {
        Execute(connection, "ALTER TABLE event_outbox DISABLE TRIGGER event_outbox_complete");
        // No one else writes the outbox now (the ALTER TABLE's lock): the rows after its last are this run's.
        var outboxBefore = Scalar(connection, "SELECT coalesce(max(sequence), 0) FROM event_outbox");
        var notificationsBefore = Scalar(connection, "SELECT count(*) FROM notifications");

        using (var writer = Copy(connection, "lessons", LessonColumns))
        {
            foreach (var lesson in _comingLessons)
                WriteLesson(writer, lesson);
            Done("lessons", writer);
        }

        using (var writer = Copy(connection, "invoice_line_items", "id, invoice_id, description, quantity, unit_price, lesson_id, created_at, updated_at"))
        {
            foreach (var line in _invoiceLines)
            {
                writer.StartRow();
                writer.Uuid(IdAt(line.CreatedAt));
                writer.Uuid(line.InvoiceId);
                writer.Text(line.Description);
                writer.Integer(line.Quantity);
                writer.Numeric(line.UnitPrice);
                writer.Uuid(line.LessonId);
                writer.Timestamp(line.CreatedAt);
                writer.Timestamp(line.CreatedAt);
            }

            Done("invoice_line_items", writer);
        }

        var sent = _sentInvoices.Select(s => s.Id).ToArray();
        Execute(connection, """
            UPDATE invoices i SET status = 'SENT', sent_at = s.sent_at
            FROM unnest($1::uuid[], $2::timestamptz[]) AS s (id, sent_at) WHERE i.id = s.id
            """, sent, _sentInvoices.Select(s => s.SentAt).ToArray());

        using (var writer = Copy(connection, "payments", "id, invoice_id, amount, method, transaction_id, status, paid_at, notes, created_at, updated_at"))
        {
            foreach (var payment in _invoicePayments)
            {
                var id = IdAt(payment.At);
                writer.StartRow();
                writer.Uuid(id);
                writer.Uuid(payment.InvoiceId);
                writer.Numeric(payment.Amount);
                writer.Text(Pick(PaymentMethodKinds));
                writer.Text($"txn_{id:N}");
                writer.Text(payment.Status);
                writer.Timestamp(payment.Status == "PAID" ? payment.At : null);
                writer.Text(payment.Notes);
                writer.Timestamp(payment.At);
                writer.Timestamp(payment.At);
            }

            Done("payments", writer);
        }

        Execute(connection, """
            UPDATE invoices i SET paid_at = p.paid_at
            FROM (SELECT invoice_id, max(paid_at) AS paid_at FROM payments WHERE invoice_id = ANY($1) AND status = 'PAID' GROUP BY 1) p
            WHERE i.id = p.invoice_id AND i.status = 'PAID'
            """, sent);
        Execute(connection, "UPDATE invoices SET status = 'CANCELLED' WHERE id = ANY($1)", _cancelledInvoices.ToArray());
        Execute(connection, """
            UPDATE notifications n SET is_read = true
            FROM invoices i JOIN families f ON f.id = i.family_id
            WHERE i.id = ANY($1) AND i.status = 'PAID' AND n.user_id = f.primary_contact_id AND n.notification_type = 'INVOICE_SENT'
              AND n.title = 'Invoice ' || i.invoice_number
            """, sent);

        Execute(connection, "DELETE FROM event_outbox WHERE sequence > $1", outboxBefore);
        Execute(connection, "ALTER TABLE event_outbox ENABLE TRIGGER event_outbox_complete");
        Counts["notifications"] = Scalar(connection, "SELECT count(*) FROM notifications") - notificationsBefore;
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
