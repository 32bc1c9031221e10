using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// What a home visit costs by distance (seed 001's DistancePricingConfig): free up to <see cref="MaxFreeDistanceKm"/>,
/// beyond it <see cref="BaseCharge"/> plus <see cref="ChargePerKm"/> per km over. The active configuration whose window
/// holds the booking date applies; the newest <see cref="EffectiveFrom"/> wins.
/// </summary>
public sealed class DistancePricingConfig : Entity
{
    public decimal BaseCharge { get; set; }

    public decimal ChargePerKm { get; set; }

    public decimal MaxFreeDistanceKm { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The last day it applies; null while it has no end.</summary>
    public DateOnly? EffectiveUntil { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The admin who last set it (seed 001's updated_by_admin_id).</summary>
    public Guid? UpdatedById { get; set; }

    public User? UpdatedBy { get; set; }

    /// <summary>What a visit <paramref name="km"/> away costs: 0 within the free distance, else the base charge plus the
    /// charge per km beyond it, rounded to cents half away from zero.</summary>
    public decimal ChargeFor(decimal km) =>
        km <= MaxFreeDistanceKm ? 0m : Math.Round(BaseCharge + ChargePerKm * (km - MaxFreeDistanceKm), 2, MidpointRounding.AwayFromZero);
}

/// <summary>Public (a quote shows the distance charge to anyone); no row rule.</summary>
public sealed class DistancePricingConfigConfiguration() : EntityConfiguration<DistancePricingConfig>("distance_pricing_configs")
{
    protected override void ConfigureEntity(EntityTypeBuilder<DistancePricingConfig> builder)
    {
        builder.HasOne(c => c.UpdatedBy).WithMany().HasForeignKey(c => c.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.BaseCharge).IsMoney();
        builder.Property(c => c.ChargePerKm).IsMoney();
        builder.Property(c => c.MaxFreeDistanceKm).HasPrecision(8, 2);
    }
}
