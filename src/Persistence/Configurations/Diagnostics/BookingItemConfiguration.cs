using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class BookingItemConfiguration() : EntityConfiguration<BookingItem>("booking_items")
{
    protected override void ConfigureEntity(EntityTypeBuilder<BookingItem> builder)
    {
        builder.HasOne(i => i.Booking).WithMany(b => b.Items).HasForeignKey(i => i.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.LabTest).WithMany().HasForeignKey(i => i.LabTestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.UnitPrice).IsMoney();
        builder.Property(i => i.Status).IsEnumText();
    }
}
