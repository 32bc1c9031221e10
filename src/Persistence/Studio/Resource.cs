using System.Text.Json;
using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A digital or physical resource of a studio (seed 003): a score, a recording, a link, a book to lend. A digital one has
/// an uploaded file (stored as a prescription's is: by a random name, downloaded at <see cref="FileUrl"/> by whoever reads
/// the resource) or an external URL; a LINK has the URL. A lendable physical one is checked out (<see cref="ResourceCheckout"/>):
/// the database keeps <see cref="QuantityAvailable"/>. Students see the public ones of their studio and those shared with or lent to them.
/// </summary>
public sealed class Resource : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    /// <summary>Who added it; defaults to the caller.</summary>
    public Guid? UploadedById { get; set; }

    public User? UploadedBy { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public ResourceType ResourceType { get; set; }

    /// <summary>Where the uploaded file is downloaded (seed 003's file); null without one.</summary>
    public string? FileUrl { get; set; }

    /// <summary>The name the client gave the file.</summary>
    public string? FileName { get; set; }

    /// <summary>The random file name under the upload directory (<see cref="Diagnostics.StoredFile"/>), never shown.</summary>
    public string? StoredName { get; set; }

    /// <summary>The uploaded file's size in bytes.</summary>
    public long? FileSize { get; set; }

    /// <summary>The media type the uploaded file's bytes show.</summary>
    public string? MimeType { get; set; }

    public string? ExternalUrl { get; set; }

    /// <summary>A JSON array.</summary>
    public JsonElement? Tags { get; set; }

    public string? Category { get; set; }

    public bool IsPhysicalItem { get; set; }

    public int QuantityTotal { get; set; } = 1;

    /// <summary>Kept by the database: the total less the copies checked out.</summary>
    public int QuantityAvailable { get; set; }

    public bool IsLendable { get; set; }

    /// <summary>The lending period: a checkout without a due date is due after it.</summary>
    public int CheckoutDurationDays { get; set; } = 14;

    /// <summary>Seen by every student of the studio.</summary>
    public bool IsPublic { get; set; }

    /// <summary>The students it is shared with (seed 003's shared_with_students).</summary>
    public List<ResourceShare> SharedWithStudents { get; set; } = [];

    public List<ResourceCheckout> Checkouts { get; set; } = [];
}

public enum ResourceType
{
    Pdf,
    Audio,
    Video,
    Image,
    Physical,
    Link,
    Other,
}

public sealed class ResourceConfiguration() : EntityConfiguration<Resource>("resources")
{
    public override RowRule Readers { get; } = RowRule.For<Resource>(
        "ADMIN; the studio's teachers; its uploader; the studio's students when public; the students it is shared with or lent to and their family contacts",
        (r, v) => v.Has(Admin) || (v.Has(Role.Teacher) && StudioAccess.TeachesAtStudio(r.StudioId, v.UserId)) || r.UploadedById == v.UserId
            || (r.IsPublic && StudioAccess.StudiesAtStudio(r.StudioId, v.UserId)) || StudioAccess.IsSharedOrLentTo(r.Id, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Resource> builder)
    {
        builder.HasOne(r => r.Studio).WithMany().HasForeignKey(r => r.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.UploadedBy).WithMany().HasForeignKey(r => r.UploadedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.ResourceType).IsEnumText();
        builder.Property(r => r.Tags).HasColumnType("jsonb");
        builder.Property(r => r.QuantityAvailable).ValueGeneratedOnAddOrUpdate();
        builder.HasIndex(r => r.StoredName).IsUnique();
    }
}
