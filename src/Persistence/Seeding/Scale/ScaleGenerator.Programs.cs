using Graph.Persistence.Programs;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

internal sealed partial class ScaleGenerator
{
    private static readonly string[] PaymentMethodKinds = ["CREDIT_CARD", "DEBIT_CARD", "BANK_TRANSFER", "ONLINE", "ONLINE", "CASH", "CHECK"];

    private readonly record struct PlannedPayment(
        Guid EnrollmentId, Guid InstallmentId, decimal Amount, string Status, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt,
        DateTimeOffset? RefundedAt, string? Notes);

    [ScaleTables(100, "students")]
    private void WriteStudents(Npgsql.NpgsqlConnection connection)
    {
        using var students = Copy(connection, "students",
            "id, user_id, studio_id, family_id, primary_teacher_id, first_name, last_name, email, phone, date_of_birth, instrument, specialties, " +
            "emergency_contact_name, emergency_contact_phone, enrollment_date, notes, is_active, converted_from_lead_id, created_at, updated_at");
        for (var j = 0; j < _studentIds.Length; j++)
        {
            var created = _studentCreated[j];
            var (first, last) = NameOf(j, 3);
            var lead = _studentLead[j];
            var specialties = Pick(Specialties);
            students.StartRow();
            students.Uuid(_studentIds[j]);
            students.Uuid(j % 2 == 0 ? _studentUserIds[j / 2] : Guid.Empty);
            students.Uuid(IdOrEmpty(_studioIds, _studentStudio[j]));
            students.Uuid(IdOrEmpty(_familyIds, _studentFamily[j]));
            students.Uuid(IdOrEmpty(_teacherIds, _studentTeacher[j]));
            students.Text(FirstNames[first]);
            students.Text(LastNames[last]);
            students.Text($"{FirstNamesLower[first]}.{LastNamesLower[last]}.s{j}.{_runTag}@students.scale.graph");
            students.Text($"+1333{j:D7}");
            students.Date(DateOf(created).AddDays(-_random.Next(4 * 365, 40 * 365)));
            students.Text(_studentTeacher[j] >= 0 ? TeacherInstrument(_studentTeacher[j]) : specialties.Length > 0 && specialties[0] is "piano" or "guitar" ? Pick(Instruments) : null);
            students.TextArray(specialties);
            students.Text(lead >= 0 ? $"{FirstNames[NameOf(lead, 5).First]} {LastNames[NameOf(lead, 5).Last]}" : $"{Pick(FirstNames)} {LastNames[last]}");
            students.Text($"+1777{j:D7}");
            students.Date(DateOf(created));
            students.Text(Chance(0.1) ? "Prefers afternoon sessions." : null);
            students.Boolean(!Chance(0.1));
            students.Uuid(lead >= 0 ? _leadIds[lead] : Guid.Empty);
            students.Timestamp(created);
            students.Timestamp(created);
        }

        Done("students", students);
    }

    /// <summary>Enrollments first; the installments and payments they imply are kept and written after.</summary>
    [ScaleTables(110, "enrollments", "installments", "payments")]
    private void WriteEnrollmentsInstallmentsPayments(Npgsql.NpgsqlConnection connection)
    {
        var payments = new List<PlannedPayment>(_studentIds.Length * 3);
        var splits = new List<(Guid Id, DateOnly Start, decimal Value, DateTimeOffset Created, bool Cancelled)>(_studentIds.Length);
        // A PIF enrollment's one installment (the whole value due at the start, as convertLead makes it), paid at the
        // start; a refunded one keeps its payment (REFUNDED) and stays paid.
        var pifs = new List<(Guid Id, Guid InstallmentId, DateOnly Start, decimal Value, DateTimeOffset Created, DateTimeOffset PaidAt)>(_studentIds.Length);

        using (var enrollments = Copy(connection, "enrollments",
                   "id, student_id, program_id, start_date, end_date, freeze_days_allowed, freeze_days_used, plan_type, contract_value, " +
                   "closer_id, setter_id, status, created_at, updated_at"))
        {
            for (var j = 0; j < _studentIds.Length; j++)
            {
                var count = 1 + (Chance(0.2) ? 1 : 0);
                for (var e = 0; e < count; e++)
                {
                    var created = Min(_studentCreated[j] + TimeSpan.FromDays(e * 120 + _random.Next(3)), _now);
                    var program = _catalog.Programs[_random.Next(_catalog.Programs.Length)];
                    var start = DateOf(created).AddDays(_random.Next(0, 14));
                    var end = start.AddDays(program.Weeks * 7);
                    var roll = _random.NextDouble();
                    var status = end < _today
                        ? roll < 0.85 ? "COMPLETED" : "CANCELLED"
                        : roll < 0.85 ? "ACTIVE" : roll < 0.93 ? "FROZEN" : "CANCELLED";
                    var split = Chance(0.6);
                    var value = Money((double)program.Price * (0.85 + _random.NextDouble() * 0.15));
                    var freezeAllowed = status == "FROZEN" ? 7 + _random.Next(2) * 7 : _random.Next(3) * 7;
                    var id = IdAt(created);
                    enrollments.StartRow();
                    enrollments.Uuid(id);
                    enrollments.Uuid(_studentIds[j]);
                    enrollments.Uuid(program.Id);
                    enrollments.Date(start);
                    enrollments.Date(end);
                    enrollments.Integer(freezeAllowed);
                    enrollments.Integer(status == "FROZEN" ? Math.Max(1, _random.Next(freezeAllowed + 1)) : _random.Next(freezeAllowed + 1) / 2);
                    enrollments.Text(split ? "SPLIT" : "PIF");
                    enrollments.Numeric(value);
                    enrollments.Uuid(_closerIds[_random.Next(_closerIds.Count)]);
                    enrollments.Uuid(Chance(0.7) ? _setterIds[_random.Next(_setterIds.Count)] : Guid.Empty);
                    enrollments.Text(status);
                    enrollments.Timestamp(created);
                    enrollments.Timestamp(created);

                    if (split)
                    {
                        splits.Add((id, start, value, created, status == "CANCELLED"));
                        continue;
                    }

                    var paidAt = Min(At(start), _now);
                    var installmentId = IdAt(created);
                    pifs.Add((id, installmentId, start, value, created, paidAt));
                    if (Chance(0.03))
                        payments.Add(new PlannedPayment(id, installmentId, value, "FAILED", paidAt, null, null, "Card declined."));
                    var refunded = status == "CANCELLED" && Chance(0.5);
                    payments.Add(new PlannedPayment(id, installmentId, value, refunded ? "REFUNDED" : "PAID", paidAt, paidAt,
                        refunded ? Min(paidAt.AddDays(10), _now) : null, refunded ? "Refunded on cancellation." : null));
                }
            }

            Done("enrollments", enrollments);
        }

        using (var installments = Copy(connection, "installments", "id, enrollment_id, amount, due_date, amount_paid, status, paid_at, created_at, updated_at"))
        {
            foreach (var (enrollmentId, installmentId, start, value, created, paidAt) in pifs)
            {
                installments.StartRow();
                installments.Uuid(installmentId);
                installments.Uuid(enrollmentId);
                installments.Numeric(value);
                installments.Date(start);
                installments.Numeric(value);
                installments.Text("PAID");
                installments.Timestamp(paidAt);
                installments.Timestamp(created);
                installments.Timestamp(paidAt);
            }

            foreach (var (enrollmentId, start, value, created, cancelled) in splits)
            {
                var schedule = InstallmentSchedule.For(PlanType.Split, value, _random.Next(3, 7), start);
                foreach (var (amount, due) in schedule)
                {
                    var past = due < _today;
                    var status = !past ? "PENDING" : Chance(cancelled ? 0.5 : 0.88) ? "PAID" : "OVERDUE";
                    var paidAt = status == "PAID" ? Min(At(due).AddDays(_random.Next(-3, 6)), _now) : (DateTimeOffset?)null;
                    var amountPaid = status == "PAID" ? amount : status == "OVERDUE" && Chance(0.2) ? Math.Round(amount / 2, 2) : 0m;
                    var id = IdAt(created);
                    installments.StartRow();
                    installments.Uuid(id);
                    installments.Uuid(enrollmentId);
                    installments.Numeric(amount);
                    installments.Date(due);
                    installments.Numeric(amountPaid);
                    installments.Text(status);
                    installments.Timestamp(paidAt);
                    installments.Timestamp(created);
                    installments.Timestamp(paidAt ?? created);

                    if (status == "PAID")
                        payments.Add(new PlannedPayment(enrollmentId, id, amount, "PAID", paidAt!.Value, paidAt, null, null));
                    else if (amountPaid > 0)
                        payments.Add(new PlannedPayment(enrollmentId, id, amountPaid, "PAID", Min(At(due), _now), Min(At(due), _now), null, "Partial payment."));
                    else if (status == "OVERDUE" && Chance(0.4))
                        payments.Add(new PlannedPayment(enrollmentId, id, amount, "FAILED", Min(At(due), _now), null, null, "Card declined."));
                    else if (status == "PENDING" && due <= _today.AddDays(7) && Chance(0.3))
                        payments.Add(new PlannedPayment(enrollmentId, id, amount, "PENDING", _now.AddHours(-_random.Next(1, 72)), null, null, "Bank transfer announced."));
                }
            }

            Done("installments", installments);
        }

        using var writer = Copy(connection, "payments",
            "id, enrollment_id, installment_id, invoice_id, amount, method, transaction_id, status, paid_at, refunded_at, notes, processed_by_id, created_at, updated_at");
        foreach (var payment in payments)
        {
            var id = IdAt(payment.CreatedAt);
            var method = Pick(PaymentMethodKinds);
            writer.StartRow();
            writer.Uuid(id);
            writer.Uuid(payment.EnrollmentId);
            writer.Uuid(payment.InstallmentId);
            writer.Uuid(Guid.Empty);
            writer.Numeric(payment.Amount);
            writer.Text(method);
            writer.Text(payment.Status == "PENDING" ? null : $"txn_{id:N}");
            writer.Text(payment.Status);
            writer.Timestamp(payment.PaidAt);
            writer.Timestamp(payment.RefundedAt);
            writer.Text(payment.Notes);
            writer.Uuid(method is "CASH" or "CHECK" ? _adminId : Guid.Empty);
            writer.Timestamp(payment.CreatedAt);
            writer.Timestamp(payment.RefundedAt ?? payment.PaidAt ?? payment.CreatedAt);
        }

        Done("payments", writer);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
