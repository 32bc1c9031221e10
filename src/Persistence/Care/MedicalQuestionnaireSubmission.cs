using System.Text.Json;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Care;

/// <summary>A medical questionnaire as submitted for a booking (seed 004's phase 1), one per <see cref="BookingUid"/>
/// (a unique constraint), then processed into a patient profile or failed with a reason. Soft deleted.</summary>
public sealed class MedicalQuestionnaireSubmission : Entity, ISoftDeleted
{
    public string BookingUid { get; set; } = "";

    /// <summary>The patient the submission was linked to once processed.</summary>
    public Guid? PatientProfileId { get; set; }

    public PatientProfile? PatientProfile { get; set; }

    /// <summary>The answers, a JSON object (jsonb, GIN indexed): medical data.</summary>
    public JsonElement SubmissionData { get; set; }

    public SubmissionStatus Status { get; set; } = SubmissionStatus.Submitted;

    /// <summary>Why processing failed (set exactly when FAILED).</summary>
    public string? FailureReason { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}

public sealed class MedicalQuestionnaireSubmissionConfiguration() : EntityConfiguration<MedicalQuestionnaireSubmission>("medical_questionnaire_submissions")
{
    public override RowRule Readers { get; } = RowRule.For<MedicalQuestionnaireSubmission>(
        "ADMIN, MARKETING; the patient it is linked to; the PROVIDER of one of that patient's consultations",
        (s, v) => v.HasAny(Admin, Marketing) || (s.PatientProfileId != null
            && ((s.PatientProfile!.UserId != null && s.PatientProfile.UserId == v.UserId)
                || (v.Has(Role.Provider) && CareAccess.ProviderSeesPatient(s.PatientProfileId.Value, v.UserId)))));

    protected override void ConfigureEntity(EntityTypeBuilder<MedicalQuestionnaireSubmission> builder)
    {
        builder.HasOne(s => s.PatientProfile).WithMany(p => p.Submissions).HasForeignKey(s => s.PatientProfileId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => s.BookingUid).IsUnique();
        builder.Property(s => s.SubmissionData).HasColumnType("jsonb");
        builder.Property(s => s.Status).IsEnumText();
    }
}
