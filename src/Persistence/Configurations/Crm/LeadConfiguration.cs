using Graph.Persistence.Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Crm;

public sealed class LeadConfiguration() : EntityConfiguration<Lead>("leads")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Lead> builder)
    {
        builder.HasQueryFilter("soft-delete", l => l.DeletedAt == null);
        builder.HasOne(l => l.AssignedTo).WithMany().HasForeignKey(l => l.AssignedToId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.User).WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.ConvertedStudent).WithMany().HasForeignKey(l => l.ConvertedStudentId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(l => l.Status).IsEnumText();
    }
}
