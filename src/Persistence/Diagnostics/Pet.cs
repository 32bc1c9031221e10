using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Diagnostics;

/// <summary>A customer's animal; bookings and reports are per pet (seed 001).</summary>
public sealed class Pet : Entity
{
    /// <summary>The owner (seed 001's user_id); deleting the user deletes the pet.</summary>
    public Guid UserId { get; set; }

    public User Owner { get; set; } = null!;

    public string Name { get; set; } = "";

    /// <summary>"Dog", "Cat", "Bird", ….</summary>
    public string Species { get; set; } = "";

    public string? Breed { get; set; }

    public decimal? AgeYears { get; set; }

    public decimal? WeightKg { get; set; }

    public string? MedicalHistory { get; set; }

    public bool IsActive { get; set; } = true;

    public List<Booking> Bookings { get; set; } = [];

    public List<TestReport> Reports { get; set; } = [];
}

public sealed class PetConfiguration() : EntityConfiguration<Pet>("pets")
{
    public override RowRule Readers { get; } = RowRule.For<Pet>(
        "its owner; the customer of a booking for it; ADMIN, LAB_TECH, ANALYST; a COLLECTOR for the pets of bookings assigned to them",
        (p, v) => v.HasAny(Admin, LabTech, Analyst) || p.UserId == v.UserId
            || p.Bookings.Any(b => b.UserId == v.UserId || (v.Has(Collector) && b.CollectionStaffId == v.UserId)));

    protected override void ConfigureEntity(EntityTypeBuilder<Pet> builder)
    {
        builder.HasOne(p => p.Owner).WithMany(u => u.Pets).HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.AgeYears).HasPrecision(5, 2);
        builder.Property(p => p.WeightKg).HasPrecision(6, 2);
    }
}
