using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Care;

/// <summary>A patient as seed 004 knows them: by account, by contact, or only by the booking of a questionnaire
/// (phase 1: <see cref="BookingUid"/>, <see cref="SourceChannel"/>, phone optional). Soft deleted.</summary>
public sealed class PatientProfile : Entity, ISoftDeleted
{
    /// <summary>The patient's account, when they have one.</summary>
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    /// <summary>Optional since phase 1 (questionnaire patients may leave it out).</summary>
    public string? Phone { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The booking the patient's questionnaire belongs to (indexed, not unique: a patient books again).</summary>
    public string? BookingUid { get; set; }

    public SourceChannel SourceChannel { get; set; } = SourceChannel.MedicalQuestionnaire;

    public DateTimeOffset? DeletedAt { get; set; }

    public List<MedicalBackground> Backgrounds { get; set; } = [];

    public List<Consultation> Consultations { get; set; } = [];

    public List<Appointment> Appointments { get; set; } = [];

    public List<MedicalQuestionnaireSubmission> Submissions { get; set; } = [];

    public List<JourneyEvent> JourneyEvents { get; set; } = [];
}

public sealed class PatientProfileConfiguration() : EntityConfiguration<PatientProfile>("patient_profiles")
{
    public override RowRule Readers { get; } = RowRule.For<PatientProfile>(
        "ADMIN; the patient; the PROVIDER of one of their consultations",
        (p, v) => v.Has(Admin) || (p.UserId != null && p.UserId == v.UserId)
            || (v.Has(Role.Provider) && CareAccess.ProviderSeesPatient(p.Id, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<PatientProfile> builder)
    {
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.SourceChannel).IsEnumText();
    }
}
