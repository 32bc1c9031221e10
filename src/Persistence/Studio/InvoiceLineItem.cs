using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>One line of an invoice (seed 003): its total is quantity times unit price (generated), and the invoice's
/// subtotal follows its lines. The lines of a PAID or CANCELLED invoice are frozen (the database refuses the write).</summary>
public sealed class InvoiceLineItem : Entity
{
    public Guid InvoiceId { get; set; }

    public Invoice Invoice { get; set; } = null!;

    public string Description { get; set; } = "";

    public int Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }

    /// <summary>Generated: quantity times unit price.</summary>
    public decimal TotalPrice { get; set; }

    /// <summary>The lesson billed, if the line is for one.</summary>
    public Guid? LessonId { get; set; }

    public Lesson? Lesson { get; set; }
}

public sealed class InvoiceLineItemConfiguration() : EntityConfiguration<InvoiceLineItem>("invoice_line_items")
{
    public override RowRule Readers { get; } = RowRule.For<InvoiceLineItem>(
        "ADMIN; the primary contact of the family or band billed",
        (l, v) => v.Has(Admin) || StudioAccess.PaysInvoice(l.InvoiceId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<InvoiceLineItem> builder)
    {
        builder.HasOne(l => l.Invoice).WithMany(i => i.LineItems).HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Lesson).WithMany().HasForeignKey(l => l.LessonId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(l => l.UnitPrice).IsMoney();
        builder.Property(l => l.TotalPrice).IsMoney().HasComputedColumnSql("quantity * unit_price", stored: true);
    }
}
