using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A studio's bill to a family or a band (seed 003). Its amounts are the database's (migration 0017): the subtotal is
/// the sum of its lines, the amount paid the sum of its PAID payments, both recounted under the invoice's row lock;
/// total and balance due are generated. Once sent, its status follows the money and the due date.
/// </summary>
public sealed class Invoice : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    /// <summary>The family billed, or null when a band is.</summary>
    public Guid? FamilyId { get; set; }

    public Family? Family { get; set; }

    /// <summary>The band billed, or null when a family is.</summary>
    public Guid? BandId { get; set; }

    public Band? Band { get; set; }

    /// <summary>Unique; numbered by the database (<c>INV-000001</c>) when not given.</summary>
    public string InvoiceNumber { get; set; } = null!;

    public InvoiceStatus Status { get; set; } = InvoiceStatus.Draft;

    public DateOnly IssueDate { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary>Kept by the database: the sum of the lines' totals.</summary>
    public decimal Subtotal { get; set; }

    public decimal Tax { get; set; }

    /// <summary>Generated: subtotal plus tax.</summary>
    public decimal Total { get; set; }

    /// <summary>Kept by the database: the sum of the PAID payments towards the invoice.</summary>
    public decimal AmountPaid { get; set; }

    /// <summary>Generated: total less the amount paid (seed 003's <c>balance_due()</c>).</summary>
    public decimal BalanceDue { get; set; }

    /// <summary>Generated: whether the invoice is OVERDUE (seed 003's <c>is_overdue()</c>).</summary>
    public bool IsOverdue { get; set; }

    public string? Notes { get; set; }

    /// <summary>When the invoice was first sent (set by the database).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>When it became PAID (set by the database).</summary>
    public DateTimeOffset? PaidAt { get; set; }

    public List<InvoiceLineItem> LineItems { get; set; } = [];

    public List<Payment> Payments { get; set; } = [];
}

/// <summary>DRAFT until sent; then SENT, PARTIAL, PAID or OVERDUE as its money and due date say; or CANCELLED.</summary>
public enum InvoiceStatus
{
    Draft,
    Sent,
    Partial,
    Paid,
    Overdue,
    Cancelled,
}

public sealed class InvoiceConfiguration() : EntityConfiguration<Invoice>("invoices")
{
    public override RowRule Readers { get; } = RowRule.For<Invoice>(
        "ADMIN; the primary contact of the family or band billed",
        (i, v) => v.Has(Admin) || StudioAccess.PaysInvoice(i.Id, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasOne(i => i.Studio).WithMany().HasForeignKey(i => i.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Family).WithMany(f => f.Invoices).HasForeignKey(i => i.FamilyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(i => i.Band).WithMany(b => b.Invoices).HasForeignKey(i => i.BandId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(i => i.InvoiceNumber).IsUnique();
        builder.Property(i => i.InvoiceNumber).ValueGeneratedOnAdd();
        builder.Property(i => i.Status).IsEnumText();
        builder.Property(i => i.IssueDate).HasDefaultValueSql("(now() AT TIME ZONE 'UTC')::date");
        builder.Property(i => i.DueDate).HasDefaultValueSql("(now() AT TIME ZONE 'UTC')::date + 30");
        builder.Property(i => i.Subtotal).IsMoney().ValueGeneratedOnAddOrUpdate();
        builder.Property(i => i.Tax).IsMoney();
        builder.Property(i => i.Total).IsMoney().HasComputedColumnSql("subtotal + tax", stored: true);
        builder.Property(i => i.AmountPaid).IsMoney().ValueGeneratedOnAddOrUpdate();
        builder.Property(i => i.BalanceDue).IsMoney().HasComputedColumnSql("subtotal + tax - amount_paid", stored: true);
        builder.Property(i => i.IsOverdue).HasComputedColumnSql("status = 'OVERDUE'", stored: true);
        builder.Property(i => i.SentAt).ValueGeneratedOnAddOrUpdate();
        builder.Property(i => i.PaidAt).ValueGeneratedOnAddOrUpdate();
    }
}
