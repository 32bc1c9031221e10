using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class BookingConfiguration() : EntityConfiguration<Booking>("bookings")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Booking> builder)
    {
        builder.HasOne(b => b.Customer).WithMany(u => u.Bookings).HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Pet).WithMany(p => p.Bookings).HasForeignKey(b => b.PetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.CollectionStaff).WithMany().HasForeignKey(b => b.CollectionStaffId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(b => b.Status).IsEnumText();
        builder.Property(b => b.EstimatedDistanceKm).HasPrecision(8, 2);
    }
}
