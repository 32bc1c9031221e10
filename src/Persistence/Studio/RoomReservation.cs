using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A student's booking of a practice room (seed 003). The database refuses a second live reservation overlapping it in
/// the same room (an exclusion constraint: of concurrent requests, one wins) and prices it: duration × the room's
/// hourly rate (a trigger).
/// </summary>
public sealed class RoomReservation : Entity
{
    public Guid RoomId { get; set; }

    public PracticeRoom Room { get; set; } = null!;

    /// <summary>Seed 003's student: the account that reserved.</summary>
    public Guid StudentId { get; set; }

    public User Student { get; set; } = null!;

    public DateTimeOffset StartTime { get; set; }

    public DateTimeOffset EndTime { get; set; }

    public ReservationStatus Status { get; set; } = ReservationStatus.Pending;

    /// <summary>Set by the database from the duration and the room's hourly rate.</summary>
    public decimal TotalCost { get; set; }

    public bool IsPaid { get; set; }

    public string? Notes { get; set; }
}

public sealed class RoomReservationConfiguration() : EntityConfiguration<RoomReservation>("room_reservations")
{
    public override RowRule Readers { get; } = RowRule.For<RoomReservation>(
        "ADMIN; the student who reserved",
        (r, v) => v.Has(Admin) || r.StudentId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<RoomReservation> builder)
    {
        builder.HasOne(r => r.Room).WithMany(room => room.Reservations).HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Student).WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Status).IsEnumText();
        builder.Property(r => r.TotalCost).IsMoney().ValueGeneratedOnAddOrUpdate();
    }
}
