using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Crm;

/// <summary>A meeting (Zoom, phone) of a team member with a lead, or with a student for an upsell (seed 002).</summary>
public sealed class SalesCall : Entity
{
    public Guid? LeadId { get; set; }

    public Lead? Lead { get; set; }

    public Guid? StudentId { get; set; }

    public Student? Student { get; set; }

    /// <summary>The team member who runs the call (the closer).</summary>
    public Guid HostId { get; set; }

    public TeamMember Host { get; set; } = null!;

    public Guid? SetterId { get; set; }

    public TeamMember? Setter { get; set; }

    public SalesCallChannel Channel { get; set; } = SalesCallChannel.Zoom;

    public DateTimeOffset ScheduledAt { get; set; }

    public int? DurationMinutes { get; set; }

    /// <summary>What happened; null until the call is held.</summary>
    public SalesCallOutcome? Outcome { get; set; }

    public string? Notes { get; set; }
}

public sealed class SalesCallConfiguration() : EntityConfiguration<SalesCall>("sales_calls")
{
    public override RowRule Readers { get; } = RowRule.For<SalesCall>(
        "ADMIN, ANALYST; SALES the calls they host or set",
        (c, v) => v.HasAny(Admin, Analyst) || (v.Has(Sales) && (c.Host.UserId == v.UserId || c.Setter!.UserId == v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<SalesCall> builder)
    {
        builder.HasOne(c => c.Lead).WithMany(l => l.SalesCalls).HasForeignKey(c => c.LeadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Student).WithMany(s => s.SalesCalls).HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Host).WithMany(m => m.SalesCalls).HasForeignKey(c => c.HostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Setter).WithMany().HasForeignKey(c => c.SetterId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Channel).IsEnumText();
        builder.Property(c => c.Outcome).IsEnumText();
    }
}
