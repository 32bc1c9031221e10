using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>A user's membership of a band (seed 003's band members).</summary>
public sealed class BandMember : Entity
{
    public Guid BandId { get; set; }

    public Band Band { get; set; } = null!;

    public Guid UserId { get; set; }

    public User User { get; set; } = null!;
}

public sealed class BandMemberConfiguration() : EntityConfiguration<BandMember>("band_members")
{
    public override RowRule Readers { get; } = RowRule.For<BandMember>(
        "ADMIN, TEACHER; the member themselves",
        (m, v) => v.HasAny(Admin, Role.Teacher) || m.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<BandMember> builder)
    {
        builder.HasOne(m => m.Band).WithMany(b => b.Members).HasForeignKey(m => m.BandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BandId, m.UserId }).IsUnique();
    }
}
