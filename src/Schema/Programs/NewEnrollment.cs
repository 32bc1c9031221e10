using Graph.Persistence;
using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Identity;
using Graph.Persistence.Programs;
using Graph.Schema.Relay;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Programs;

/// <summary>What a new enrollment is made of, checked: its program, plan, value, schedule size, team and freeze allowance.</summary>
public sealed record EnrollmentTerms(
    Program Program, PlanType PlanType, decimal ContractValue, int InstallmentCount, Guid? CloserId, Guid? SetterId, int FreezeDaysAllowed);

/// <summary>
/// The one way an enrollment comes to be (<c>convertLead</c> and <c>createEnrollment</c>): the terms checked, then the
/// enrollment and its installment schedule (<see cref="InstallmentSchedule"/>) added together, with their
/// <c>nodeChanged</c> events, to the caller's transaction.
/// </summary>
public static class NewEnrollment
{
    /// <summary>The checked terms, or the first refusal (a <see cref="ValidationError"/> naming the input field).</summary>
    public static async Task<(EnrollmentTerms? Terms, IMutationError? Error)> CheckAsync(
        GraphDbContext db, string programId, PlanType planType, decimal contractValue, int? installmentCount,
        string? closerId, string? setterId, int? freezeDaysAllowed, CancellationToken cancellationToken)
    {
        if (InstallmentSchedule.Refusal(planType, contractValue, installmentCount) is { } refusal)
            return (null, new ValidationError(refusal.Message, refusal.Field));
        if (freezeDaysAllowed is < 0)
            return (null, new ValidationError("The freeze days allowed cannot be negative.", "freezeDaysAllowed"));
        if (!NodeKeys.TryParse(programId, "Program", out var programKey)
            || await db.Set<Program>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == programKey, cancellationToken) is not { } program)
            return (null, new ValidationError("`programId` is not the ID of a Program.", "programId"));
        if (!program.IsActive)
            return (null, new ValidationError($"The program {program.Name} is not active.", "programId"));
        var (closer, closerError) = await TeamMemberAsync(db, closerId, "closerId", cancellationToken);
        var (setter, setterError) = await TeamMemberAsync(db, setterId, "setterId", cancellationToken);
        if ((closerError ?? setterError) is { } memberError)
            return (null, memberError);
        var (credited, creditError) = await CreditSalesCallerAsync(db, closer, setter, cancellationToken);
        if (creditError is not null)
            return (null, creditError);
        closer = credited;
        return (new EnrollmentTerms(program, planType, contractValue, installmentCount ?? 1, closer, setter, freezeDaysAllowed ?? 0), null);
    }

    /// <summary>Adds the enrollment of <paramref name="studentId"/> on <paramref name="terms"/> from <paramref name="start"/>
    /// (ending after the program's weeks unless <paramref name="end"/> says), its schedule, and their events.</summary>
    public static Enrollment Add(
        GraphDbContext db, List<(string Topic, object Payload)> events, Guid studentId, EnrollmentTerms terms, DateOnly start, DateOnly? end, DateTimeOffset now)
    {
        var enrollment = new Enrollment
        {
            Id = Guid.CreateVersion7(),
            StudentId = studentId,
            ProgramId = terms.Program.Id,
            StartDate = start,
            EndDate = end ?? (terms.Program.DurationWeeks is { } weeks ? start.AddDays(weeks * 7) : null),
            FreezeDaysAllowed = terms.FreezeDaysAllowed,
            PlanType = terms.PlanType,
            ContractValue = terms.ContractValue,
            CloserId = terms.CloserId,
            SetterId = terms.SetterId,
        };
        db.Add(enrollment);
        events.Add(new NodeChange(ChangeOperation.Created, "Enrollment", enrollment.Id, ["student", "program", "startDate", "planType", "contractValue"], now).Event);
        foreach (var (amount, due) in InstallmentSchedule.For(terms.PlanType, terms.ContractValue, terms.InstallmentCount, start))
        {
            var installment = new Installment { Id = Guid.CreateVersion7(), EnrollmentId = enrollment.Id, Amount = amount, DueDate = due };
            db.Add(installment);
            events.Add(new NodeChange(ChangeOperation.Created, "Installment", installment.Id, ["enrollment", "amount", "dueDate"], now).Event);
        }

        return enrollment;
    }

    /// <summary>
    /// SALES (without ADMIN) enroll only the deals they close or set: their own team member is the closer or the setter.
    /// Without either given as theirs, the closer defaults to them; a closer who is someone else is refused. Answers the
    /// closer to record.
    /// </summary>
    private static async Task<(Guid? Closer, IMutationError? Error)> CreditSalesCallerAsync(
        GraphDbContext db, Guid? closer, Guid? setter, CancellationToken cancellationToken)
    {
        var viewer = db.Viewer;
        if (viewer.Has(Role.Admin) || !viewer.Has(Role.Sales))
            return (closer, null);
        var own = await db.Set<TeamMember>().Where(m => m.UserId == viewer.UserId).Select(m => m.Id).ToListAsync(cancellationToken);
        if (own.Count == 0)
            return (null, new ValidationError("SALES enroll the deals they close or set, and the current user is no team member.", "closerId"));
        if ((closer is { } c && own.Contains(c)) || (setter is { } s && own.Contains(s)))
            return (closer, null);
        return closer is null
            ? (own[0], null)
            : (null, new ValidationError("SALES enroll only the deals they close or set: give your own team member as `closerId` or `setterId`.", "closerId"));
    }

    private static async Task<(Guid? Key, IMutationError? Error)> TeamMemberAsync(GraphDbContext db, string? id, string field, CancellationToken cancellationToken)
    {
        if (id is null)
            return (null, null);
        return NodeKeys.TryParse(id, "TeamMember", out var key) && await db.Set<TeamMember>().AnyAsync(m => m.Id == key, cancellationToken)
            ? (key, null)
            : (null, new ValidationError($"`{field}` is not the ID of a TeamMember.", field));
    }
}
