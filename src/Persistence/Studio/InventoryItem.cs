using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Studio;

/// <summary>
/// A physical item a studio keeps (seed 003): instruments, equipment, sheet music. Approved checkouts take
/// <see cref="AvailableQuantity"/> down and returns put it back (the database does both, with the checkout's status).
/// </summary>
public sealed class InventoryItem : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    public string Name { get; set; } = "";

    public InventoryCategory Category { get; set; } = InventoryCategory.Other;

    public int Quantity { get; set; } = 1;

    /// <summary>Kept by the database: the quantity less what approved checkouts hold.</summary>
    public int AvailableQuantity { get; set; }

    public ItemCondition Condition { get; set; } = ItemCondition.Good;

    /// <summary>CHECKED_OUT is set by the database while nothing is available, AVAILABLE again when something is.</summary>
    public InventoryStatus Status { get; set; } = InventoryStatus.Available;

    public string? Location { get; set; }

    public decimal? Value { get; set; }

    public string? SerialNumber { get; set; }

    public bool IsBorrowable { get; set; } = true;

    public int MaxCheckoutDays { get; set; } = 14;

    public DateOnly? PurchaseDate { get; set; }

    public DateOnly? LastMaintenance { get; set; }

    public string? Notes { get; set; }

    /// <summary>Seed 003's <c>is_low_stock()</c>: two or fewer available (a stored generated column).</summary>
    public bool IsLowStock { get; set; }

    public Guid? CreatedById { get; set; }

    public User? CreatedBy { get; set; }

    public List<CheckoutLog> Checkouts { get; set; } = [];
}

public enum InventoryCategory
{
    Instrument,
    Equipment,
    SheetMusic,
    Accessories,
    Other,
}

public enum ItemCondition
{
    Excellent,
    Good,
    Fair,
    NeedsRepair,
}

public enum InventoryStatus
{
    Available,
    CheckedOut,
    Maintenance,
    Retired,
}

public sealed class InventoryItemConfiguration() : EntityConfiguration<InventoryItem>("inventory_items")
{
    public override RowRule Readers { get; } = RowRule.For<InventoryItem>(
        "the studio's roles: ADMIN, TEACHER, STUDENT, PARENT",
        (i, v) => v.Has(Role.Admin) || v.Has(Role.Teacher) || v.Has(Role.Student) || v.Has(Role.Parent));

    protected override void ConfigureEntity(EntityTypeBuilder<InventoryItem> builder)
    {
        builder.HasOne(i => i.Studio).WithMany().HasForeignKey(i => i.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.CreatedBy).WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(i => i.Category).IsEnumText();
        builder.Property(i => i.Condition).IsEnumText();
        builder.Property(i => i.Status).IsEnumText();
        builder.Property(i => i.AvailableQuantity).ValueGeneratedOnAddOrUpdate();
        builder.Property(i => i.Value).IsMoney();
        builder.Property(i => i.IsLowStock).HasComputedColumnSql("available_quantity <= 2", stored: true);
    }
}
