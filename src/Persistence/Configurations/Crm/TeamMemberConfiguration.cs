using Graph.Persistence.Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Configurations.Crm;

public sealed class TeamMemberConfiguration() : EntityConfiguration<TeamMember>("team_members")
{
    protected override void ConfigureEntity(EntityTypeBuilder<TeamMember> builder)
    {
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.Role).IsEnumText();
    }
}
