using Graph.Engine.Data;
using Graph.Engine.Types;
using Graph.Persistence;
using Graph.Persistence.Programs;
using Graph.Schema.Composition;
using Graph.Schema.Data.Entities;
using Graph.Schema.StatusChanges;

namespace Graph.Schema.Programs;

/// <summary>Programs, students, their enrollments, installment plans and payments.</summary>
public sealed class ProgramsSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.AddNodeEntity<Program>("Program");
        module.AddNodeEntity<Student>("Student", t => t
            .Describe("studioId", "The studio (no link until the Studio module).")
            .Describe("familyId", "The family (no link until the Studio module).")
            .Describe("primaryTeacherId", "The primary teacher (no link until the Studio module).")
            .Describe("convertedFromLead", "The lead this student came from."));
        module.AddNodeEntity<Enrollment>("Enrollment", t => t
            .Describe("planType", "PIF (paid in full) or SPLIT (installments).")
            .Describe("contractValue", "The enrollment's total value.")
            .Describe("status", "ACTIVE, FROZEN, COMPLETED or CANCELLED (seed 000's is_active is ACTIVE).")
            .Describe("freezeDaysAllowed", "How many days the enrollment may be frozen.")
            .Describe("freezeDaysUsed", "Freeze days already used."));
        module.AddNodeEntity<Installment>("Installment", t => t
            .Describe("amount", "The amount of this installment.")
            .Describe("amountPaid", "How much of it is paid."));
        module.AddNodeEntity<Payment>("Payment", t => t
            .Describe("invoiceId", "The studio invoice paid (no link until the Studio module).")
            .Describe("paidAt", "When the payment was processed.")
            .Describe("processedBy", "The user who processed the payment."));

        module.AddConnectionField("Student", "enrollments");
        module.AddConnectionField("Program", "enrollments");
        module.AddConnectionField("Enrollment", "installments");
        module.AddConnectionField("Enrollment", "payments");
        module.AddConnectionField("Installment", "payments");
        module.AddTypeExtension<ProgramsQueries>();
        module.AddTypeExtension<EnrollmentStatusMutations>();
        module.AddTypeExtension<EnrollmentStatusSubscriptions>();
        module.AddTypeExtension<PayInstallmentMutations>();
        module.AddTypeExtension<InstallmentStatusSubscriptions>();
        module.AddStatusChangeErrors();
    }
}

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class ProgramsQueries
{
    [UseConnection]
    public IQueryable<Program> Programs([Service] GraphDbContext db) => db.Programs;

    [UseConnection]
    public IQueryable<Student> Students([Service] GraphDbContext db) => db.Students;

    [UseConnection]
    public IQueryable<Enrollment> Enrollments([Service] GraphDbContext db) => db.Enrollments;

    [UseConnection]
    public IQueryable<Installment> Installments([Service] GraphDbContext db) => db.Installments;

    [UseConnection]
    public IQueryable<Payment> Payments([Service] GraphDbContext db) => db.Payments;
}
