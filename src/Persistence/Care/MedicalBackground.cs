using System.Text.Json;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Care;

/// <summary>A patient's medical history as a JSON object (seed 004's medical_backgrounds); one live row per patient.
/// Medical data: read by ADMIN, the patient and the provider of one of their consultations only.</summary>
public sealed class MedicalBackground : Entity, ISoftDeleted
{
    public Guid PatientProfileId { get; set; }

    public PatientProfile PatientProfile { get; set; } = null!;

    /// <summary>A JSON object (jsonb, GIN indexed).</summary>
    public JsonElement Data { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}

public sealed class MedicalBackgroundConfiguration() : EntityConfiguration<MedicalBackground>("medical_backgrounds")
{
    public override RowRule Readers { get; } = RowRule.For<MedicalBackground>(
        "ADMIN; the patient; the PROVIDER of one of the patient's consultations",
        (b, v) => v.Has(Admin) || (b.PatientProfile.UserId != null && b.PatientProfile.UserId == v.UserId)
            || (v.Has(Role.Provider) && CareAccess.ProviderSeesPatient(b.PatientProfileId, v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<MedicalBackground> builder)
    {
        builder.HasOne(b => b.PatientProfile).WithMany(p => p.Backgrounds).HasForeignKey(b => b.PatientProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Data).HasColumnType("jsonb");
    }
}
