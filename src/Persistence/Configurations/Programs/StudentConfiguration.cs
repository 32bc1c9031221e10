using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Programs;

public sealed class StudentConfiguration() : EntityConfiguration<Student>("students")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Student> builder)
    {
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasOne(s => s.ConvertedFromLead).WithMany().HasForeignKey(s => s.ConvertedFromLeadId).OnDelete(DeleteBehavior.SetNull);
        builder.PrimitiveCollection(s => s.Specialties).IsRequired();
    }
}
