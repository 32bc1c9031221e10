using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Care;

/// <summary>A patient's consultation with a provider, possibly about a procedure (seed 004); its status moves along
/// a state machine. Soft deleted.</summary>
public sealed class Consultation : Entity, ISoftDeleted
{
    public Guid PatientProfileId { get; set; }

    public PatientProfile PatientProfile { get; set; } = null!;

    public Guid ProviderId { get; set; }

    public Provider Provider { get; set; } = null!;

    public Guid? ProcedureId { get; set; }

    public Procedure? Procedure { get; set; }

    public ConsultationStatus Status { get; set; } = ConsultationStatus.Scheduled;

    public DateTimeOffset ScheduledAt { get; set; }

    public string? MeetingUrl { get; set; }

    public string? Notes { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}

public sealed class ConsultationConfiguration() : EntityConfiguration<Consultation>("consultations")
{
    public override RowRule Readers { get; } = RowRule.For<Consultation>(
        "ADMIN; the patient; the PROVIDER it is with",
        (c, v) => v.Has(Admin) || (c.PatientProfile.UserId != null && c.PatientProfile.UserId == v.UserId)
            || (v.Has(Role.Provider) && c.Provider.UserId == v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Consultation> builder)
    {
        builder.HasOne(c => c.PatientProfile).WithMany(p => p.Consultations).HasForeignKey(c => c.PatientProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Provider).WithMany(p => p.Consultations).HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Procedure).WithMany().HasForeignKey(c => c.ProcedureId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Status).IsEnumText();
    }
}
