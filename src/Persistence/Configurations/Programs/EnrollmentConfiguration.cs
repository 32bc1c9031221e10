using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Programs;

public sealed class EnrollmentConfiguration() : EntityConfiguration<Enrollment>("enrollments")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Enrollment> builder)
    {
        builder.HasOne(e => e.Student).WithMany(s => s.Enrollments).HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Program).WithMany(p => p.Enrollments).HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Closer).WithMany().HasForeignKey(e => e.CloserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Setter).WithMany().HasForeignKey(e => e.SetterId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(e => e.PlanType).IsEnumText();
        builder.Property(e => e.ContractValue).IsMoney();
        builder.Property(e => e.Status).IsEnumText();
    }
}
