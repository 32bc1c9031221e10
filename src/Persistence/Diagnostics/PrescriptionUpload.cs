using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// A prescription or test form uploaded for a booking (seed 001's prescription_uploads). The file lies under the
/// server's upload directory by a random name (<see cref="StoredName"/>, never shown); <see cref="FileUrl"/> is the
/// authorized download URL. An admin verifies it (<see cref="VerifiedBy"/>, <see cref="VerificationNotes"/>).
/// </summary>
public sealed class PrescriptionUpload : Entity
{
    public Guid BookingId { get; set; }

    public Booking Booking { get; set; } = null!;

    /// <summary>Who uploaded it (seed 001's user_id).</summary>
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    public string FileUrl { get; set; } = "";

    /// <summary>The name the client gave the file.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type its bytes show (application/pdf, image/jpeg, image/png).</summary>
    public string FileType { get; set; } = "";

    public long FileSizeBytes { get; set; }

    /// <summary>The random file name under the upload directory (<see cref="StoredFile"/>).</summary>
    public string StoredName { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Seed 001's verified_by_admin_id.</summary>
    public Guid? VerifiedById { get; set; }

    public User? VerifiedBy { get; set; }

    public string? VerificationNotes { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }
}

public sealed class PrescriptionUploadConfiguration() : EntityConfiguration<PrescriptionUpload>("prescription_uploads")
{
    public override RowRule Readers { get; } = RowRule.For<PrescriptionUpload>(
        "its uploader and the booking's customer; ADMIN, LAB_TECH",
        (p, v) => v.HasAny(Admin, LabTech) || p.UserId == v.UserId || p.Booking.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<PrescriptionUpload> builder)
    {
        builder.HasOne(p => p.Booking).WithMany().HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.VerifiedBy).WithMany().HasForeignKey(p => p.VerifiedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.StoredName).IsUnique();
    }
}
