using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A student's loan of an inventory item (seed 003). Approving it takes its quantity off the item's available
/// quantity, refused when not enough is left (the item's row is locked by the update, so of concurrent approvals
/// only as many win as there are items); returning it puts the quantity back. The database does both.
/// </summary>
public sealed class CheckoutLog : Entity
{
    public Guid ItemId { get; set; }

    public InventoryItem Item { get; set; } = null!;

    /// <summary>Seed 003's student: the account that borrows.</summary>
    public Guid StudentId { get; set; }

    public User Student { get; set; } = null!;

    public int Quantity { get; set; } = 1;

    public DateTimeOffset CheckoutDate { get; set; }

    /// <summary>Defaults to the checkout date plus the item's maximum lending period.</summary>
    public DateOnly? DueDate { get; set; }

    public DateTimeOffset? ReturnDate { get; set; }

    public CheckoutStatus Status { get; set; } = CheckoutStatus.Pending;

    public string? Notes { get; set; }

    public Guid? ApprovedById { get; set; }

    public User? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Generated: whether the checkout is OVERDUE (the overdue job moves an approved one past its due date there).</summary>
    public bool IsOverdue { get; set; }
}

/// <summary>A checkout is asked for, approved (or cancelled), then returned; an approved one past its due date is overdue.</summary>
public enum CheckoutStatus
{
    Pending,
    Approved,
    Returned,
    Overdue,
    Cancelled,
}

public sealed class CheckoutLogConfiguration() : EntityConfiguration<CheckoutLog>("checkout_logs")
{
    public override RowRule Readers { get; } = RowRule.For<CheckoutLog>(
        "ADMIN; the borrowing student",
        (c, v) => v.Has(Admin) || c.StudentId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<CheckoutLog> builder)
    {
        builder.HasOne(c => c.Item).WithMany(i => i.Checkouts).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Student).WithMany().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.ApprovedBy).WithMany().HasForeignKey(c => c.ApprovedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Status).IsEnumText();
        builder.Property(c => c.CheckoutDate).HasDefaultValueSql("now()");
        builder.Property(c => c.DueDate).ValueGeneratedOnAdd();
        builder.Property(c => c.IsOverdue).HasComputedColumnSql("status = 'OVERDUE'", stored: true);
    }
}
