using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Programs;

public sealed class PaymentConfiguration() : EntityConfiguration<Payment>("payments")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Payment> builder)
    {
        builder.HasOne(p => p.Enrollment).WithMany(e => e.Payments).HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Installment).WithMany(i => i.Payments).HasForeignKey(p => p.InstallmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.ProcessedBy).WithMany().HasForeignKey(p => p.ProcessedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Amount).IsMoney();
        builder.Property(p => p.Method).IsEnumText();
        builder.Property(p => p.Status).IsEnumText();
    }
}
