using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>A resource shared with one student (seed 003's shared_with_students): the student and their family contact read it.</summary>
public sealed class ResourceShare : Entity
{
    public Guid ResourceId { get; set; }

    public Resource Resource { get; set; } = null!;

    public Guid StudentId { get; set; }

    public Student Student { get; set; } = null!;
}

public sealed class ResourceShareConfiguration() : EntityConfiguration<ResourceShare>("resource_shares")
{
    public override RowRule Readers { get; } = RowRule.For<ResourceShare>(
        "ADMIN; the teachers of the resource's studio; the student and their family contact",
        (s, v) => v.Has(Admin) || (v.Has(Role.Teacher) && StudioAccess.TeachesAtResourceStudio(s.ResourceId, v.UserId))
            || StudioAccess.IsStudentSelf(s.StudentId, v.UserId) || StudioAccess.IsParentOfStudent(s.StudentId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<ResourceShare> builder)
    {
        builder.HasOne(s => s.Resource).WithMany(r => r.SharedWithStudents).HasForeignKey(s => s.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Student).WithMany().HasForeignKey(s => s.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ResourceId, s.StudentId }).IsUnique();
    }
}
