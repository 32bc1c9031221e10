using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A student's loan of one copy of a lendable physical resource (seed 003). Made CHECKED_OUT, it takes a copy off the
/// resource's available quantity, refused when none is left (the resource's row is locked by that update, so of concurrent
/// checkouts only as many win as there are copies); RETURNED gives the copy back, LOST writes it off. The database does it.
/// </summary>
public sealed class ResourceCheckout : Entity
{
    public Guid ResourceId { get; set; }

    public Resource Resource { get; set; } = null!;

    /// <summary>The borrower (a student record, as in the seed).</summary>
    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;

    public ResourceCheckoutStatus Status { get; set; } = ResourceCheckoutStatus.CheckedOut;

    public DateTimeOffset CheckedOutAt { get; set; }

    /// <summary>Defaults to the checkout day plus the resource's lending period.</summary>
    public DateOnly? DueDate { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    public string? CheckoutNotes { get; set; }

    public string? ReturnNotes { get; set; }

    /// <summary>Generated: whether the checkout is OVERDUE (the overdue job moves one past its due date there).</summary>
    public bool IsOverdue { get; set; }
}

/// <summary>A checkout is out until returned; one past its due date is overdue; a copy never coming back is lost.</summary>
public enum ResourceCheckoutStatus
{
    CheckedOut,
    Returned,
    Overdue,
    Lost,
}

public sealed class ResourceCheckoutConfiguration() : EntityConfiguration<ResourceCheckout>("resource_checkouts")
{
    public override RowRule Readers { get; } = RowRule.For<ResourceCheckout>(
        "ADMIN; the teachers of the resource's studio; the student; the student's family contact",
        (c, v) => v.Has(Admin) || (v.Has(Role.Teacher) && StudioAccess.TeachesAtResourceStudio(c.ResourceId, v.UserId))
            || StudioAccess.IsStudentSelf(c.StudentId, v.UserId) || StudioAccess.IsParentOfStudent(c.StudentId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<ResourceCheckout> builder)
    {
        builder.HasOne(c => c.Resource).WithMany(r => r.Checkouts).HasForeignKey(c => c.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Student).WithMany().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Status).IsEnumText();
        builder.Property(c => c.CheckedOutAt).HasDefaultValueSql("now()");
        builder.Property(c => c.DueDate).ValueGeneratedOnAdd();
        builder.Property(c => c.IsOverdue).HasComputedColumnSql("status = 'OVERDUE'", stored: true);
    }
}
