using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Care;

/// <summary>A visit booked for a patient (seed 004's <c>Appoinment</c>, which lists no columns): when, how long,
/// where, with which provider and for which procedure. Its outcome is a consultation's. Soft deleted.</summary>
public sealed class Appointment : Entity, ISoftDeleted
{
    public Guid PatientProfileId { get; set; }

    public PatientProfile PatientProfile { get; set; } = null!;

    public Guid? ProviderId { get; set; }

    public Provider? Provider { get; set; }

    public Guid? ProcedureId { get; set; }

    public Procedure? Procedure { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }

    public int DurationMinutes { get; set; } = 30;

    public string? Location { get; set; }

    public string? Notes { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}

public sealed class AppointmentConfiguration() : EntityConfiguration<Appointment>("appointments")
{
    public override RowRule Readers { get; } = RowRule.For<Appointment>(
        "ADMIN; the patient; the PROVIDER it is with",
        (a, v) => v.Has(Admin) || (a.PatientProfile.UserId != null && a.PatientProfile.UserId == v.UserId)
            || (v.Has(Role.Provider) && a.Provider != null && a.Provider.UserId == v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Appointment> builder)
    {
        builder.HasOne(a => a.PatientProfile).WithMany(p => p.Appointments).HasForeignKey(a => a.PatientProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Provider).WithMany().HasForeignKey(a => a.ProviderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Procedure).WithMany().HasForeignKey(a => a.ProcedureId).OnDelete(DeleteBehavior.SetNull);
    }
}
