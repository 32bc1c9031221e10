using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Programs;

public sealed class InstallmentConfiguration() : EntityConfiguration<Installment>("installments")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Installment> builder)
    {
        builder.HasOne(i => i.Enrollment).WithMany(e => e.Installments).HasForeignKey(i => i.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Amount).IsMoney();
        builder.Property(i => i.AmountPaid).IsMoney();
        builder.Property(i => i.Status).IsEnumText();
    }
}
