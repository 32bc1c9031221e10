using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Studio;

/// <summary>A practice room of a studio that students reserve by the hour (seed 003).</summary>
public sealed class PracticeRoom : Entity
{
    public Guid StudioId { get; set; }

    public Studio Studio { get; set; } = null!;

    /// <summary>Unique within the studio.</summary>
    public string Name { get; set; } = "";

    public int Capacity { get; set; } = 1;

    public string? Description { get; set; }

    public string? Equipment { get; set; }

    public decimal HourlyRate { get; set; }

    public bool IsActive { get; set; } = true;

    public List<RoomReservation> Reservations { get; set; } = [];
}

public sealed class PracticeRoomConfiguration() : EntityConfiguration<PracticeRoom>("practice_rooms")
{
    protected override void ConfigureEntity(EntityTypeBuilder<PracticeRoom> builder)
    {
        builder.HasOne(r => r.Studio).WithMany(s => s.PracticeRooms).HasForeignKey(r => r.StudioId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.StudioId, r.Name }).IsUnique();
        builder.Property(r => r.HourlyRate).IsMoney();
    }
}
