using System.Linq.Expressions;
using Graph.Engine.Data.Expressions;
using Graph.Persistence.Access;
using Graph.Persistence.Programs;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using static Graph.Persistence.Identity.Role;

namespace Graph.Schema.Programs;

/// <summary>Programs, students, their enrollments, installment plans and payments.</summary>
public sealed class ProgramsSchemaModule : ISchemaModule
{
    /// <summary>Money of a programme deal: the paying student, and SALES on the deals they closed or set.</summary>
    private static readonly Expression<Func<Enrollment, DataViewer, bool>> OwnDeal = (e, v) =>
        e.Student.UserId == v.UserId || (v.Has(Sales) && (e.Closer!.UserId == v.UserId || e.Setter!.UserId == v.UserId));

    private const string OwnDealText = "the paying student; SALES on the deals they closed or set";

    /// <summary>SALES write the deals they closed or set (and their schedules); ADMIN every one.</summary>
    private static readonly Expression<Func<Enrollment, DataViewer, bool>> SalesDeal = (e, v) =>
        v.Has(Sales) && (e.Closer!.UserId == v.UserId || e.Setter!.UserId == v.UserId);

    private const string SalesDealText = "SALES on the deals they closed or set";

    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<Program>(program => program
            .RootConnection("programs", "The programs on offer; public.")
            .Connection("enrollments")
            .ReadPublic()
            .Write(WriteOperations.All, [Admin]));
        module.Node<Student>(student => student
            .Describe("studio", "The music studio the student is enrolled at.")
            .Describe("family", "The family the student is billed with.")
            .Describe("primaryTeacher", "The student's default teacher.")
            .Describe("convertedFromLead", "The lead this student came from.")
            .Describe("salesCalls", "Upsell calls with this student.")
            .Describe("attendanceQrToken", "The signed code the student shows at the scanner; null until issued (issueAttendanceQrToken), replaced when issued again.")
            .RootConnection("students", "Students: the caller themselves and, for a family contact, the family's; for a TEACHER the students of their studios and those they teach; every one for ADMIN and SALES.")
            .Connection("enrollments", "salesCalls", "attendanceLogs", "lessons")
            .ReadSignedIn()
            .ReadFields(["notes"], Admin, Teacher)
            .ReadFields(["attendanceQrToken"], [Admin, Teacher], "the student themselves", (s, v) => s.UserId == v.UserId)
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin, Sales])
            .Write(WriteOperations.Delete, [Admin])
            .ServerManaged("convertedFromLead", "attendanceQrToken"));
        module.Node<Enrollment>(enrollment => enrollment
            .Describe("planType", "PIF (paid in full) or SPLIT (installments).")
            .Describe("contractValue", "The enrollment's total value.")
            .Describe("status", "ACTIVE, FROZEN, COMPLETED or CANCELLED (seed 000's is_active is ACTIVE).")
            .Describe("freezeDaysAllowed", "How many days the enrollment may be frozen.")
            .Describe("freezeDaysUsed", "Freeze days already used.")
            .RootConnection("enrollments", "Enrollments in programs: a student's own; for a TEACHER those of the students they read; every one for ADMIN and SALES.")
            .Connection("installments", "payments")
            .ReadSignedIn()
            .ReadFields(["contractValue"], [Admin], OwnDealText, OwnDeal)
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin], SalesDealText, SalesDeal)
            .Write(WriteOperations.Delete, [Admin])
            // Created with its installment schedule by createEnrollment (and convertLead), never by the generated create;
            // the plan and value the schedule was made from are not changed afterwards.
            .GeneratedWrites(WriteOperations.Update | WriteOperations.Delete)
            .Describe("frozenOn", "The day the current freeze began.")
            .Describe("frozenUntil", "The day the current freeze ends; resuming earlier gives the unused days back.")
            // Freeze days are counted by freezeEnrollment and resumeEnrollment.
            .ServerManaged("freezeDaysUsed", "frozenOn", "frozenUntil", "planType", "contractValue"));
        module.Node<AttendanceLog>(log => log
            .Description("A QR scan: a center check-in or check-out, or a check-in to a lesson.")
            .Describe("lesson", "The lesson of a session check-in.")
            .Describe("recordedAt", "When the code was scanned.")
            .Describe("recordedBy", "The user who ran the scanner.")
            .RootConnection("attendanceLogs", "Check-ins and check-outs scanned from QR codes: a student's own; for a TEACHER those of the students they read; every one for ADMIN.")
            .ReadSignedIn(Admin, Teacher, Graph.Persistence.Identity.Role.Student)
            // Recorded only by recordAttendance from a valid QR token; an audit record, never changed or deleted.
            .AppendOnly()
            .GeneratedWrites(WriteOperations.None));
        module.Node<Installment>(installment => installment
            .Describe("amount", "The amount of this installment.")
            .Describe("amountPaid", "How much of it is paid.")
            .RootConnection("installments", "Installments of enrollments' payment plans, as their enrollments are readable.")
            .Connection("payments")
            .ReadSignedIn()
            .ReadFields(["amount", "amountPaid"], [Admin], OwnDealText, Via((Installment i) => i.Enrollment, OwnDeal))
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin], SalesDealText, Via((Installment i) => i.Enrollment, SalesDeal))
            .Write(WriteOperations.Delete, [Admin])
            // Paid through payInstallment, which records the payment beside it.
            .ServerManaged("amountPaid", "paidAt"));
        module.Node<Payment>(payment => payment
            .Describe("invoice", "The studio invoice paid: a PAID payment counts towards its amount paid (a DRAFT or CANCELLED invoice takes none, and none pays more than the total).")
            .Describe("paidAt", "When the payment was processed.")
            .Describe("processedBy", "The user who processed the payment.")
            .RootConnection("payments", "Payments towards enrollments and studio invoices, as those are readable.")
            .ReadSignedIn()
            .ReadFields(["amount", "transactionId"], [Admin], OwnDealText + "; the payer of its studio invoice",
                Or(Or(Via((Payment p) => p.Enrollment!, OwnDeal), Via((Payment p) => p.Installment!.Enrollment, OwnDeal)),
                    (p, v) => p.InvoiceId != null && Persistence.Studio.StudioAccess.PaysInvoice(p.InvoiceId.Value, v.UserId)))
            // Accounting depends on payments: a correction is a refund (a status move), never a deletion.
            .AppendOnly()
            .Write(WriteOperations.Create | WriteOperations.Update, [Admin, Sales])
            .DefaultsToCaller("processedBy"));

        module.AddTypeExtension<EnrollmentStatusMutations>();
        module.AddTypeExtension<EnrollmentStatusSubscriptions>();
        module.AddTypeExtension<PayInstallmentMutations>();
        module.AddTypeExtension<FreezeEnrollmentMutations>();
        module.AddTypeExtension<CreateEnrollmentMutations>();
        module.AddType<FreezeAllowanceExceededError>();
        module.AddTypeExtension<AttendanceMutations>();
        module.AddType<InvalidAttendanceTokenError>();
        module.AddTypeExtension<InstallmentStatusSubscriptions>();
        module.AddTypeExtension<PaymentStatusMutations>();
        module.AddTypeExtension<PaymentStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }

    /// <summary><paramref name="rule"/> applied to the row <paramref name="path"/> leads to.</summary>
    private static Expression<Func<TChild, DataViewer, bool>> Via<TChild, TParent>(
        Expression<Func<TChild, TParent>> path, Expression<Func<TParent, DataViewer, bool>> rule) =>
        Expression.Lambda<Func<TChild, DataViewer, bool>>(ParameterReplacer.Replace(rule.Body, rule.Parameters[0], path.Body), path.Parameters[0], rule.Parameters[1]);

    private static Expression<Func<T, DataViewer, bool>> Or<T>(Expression<Func<T, DataViewer, bool>> left, Expression<Func<T, DataViewer, bool>> right)
    {
        var body = ParameterReplacer.Replace(ParameterReplacer.Replace(right.Body, right.Parameters[0], left.Parameters[0]), right.Parameters[1], left.Parameters[1]);
        return Expression.Lambda<Func<T, DataViewer, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }
}
