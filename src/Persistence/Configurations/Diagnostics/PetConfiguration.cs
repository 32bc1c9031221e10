using Graph.Persistence.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Diagnostics;

public sealed class PetConfiguration() : EntityConfiguration<Pet>("pets")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Pet> builder)
    {
        builder.HasOne(p => p.Owner).WithMany(u => u.Pets).HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.AgeYears).HasPrecision(5, 2);
        builder.Property(p => p.WeightKg).HasPrecision(6, 2);
    }
}
