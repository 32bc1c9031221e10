using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Diagnostics;

/// <summary>
/// The lab's contact and location (seed 001's clinic_info): one row only (a unique index on a constant).
/// <see cref="WhatsappLink"/> is a stored generated column derived from <see cref="WhatsappNumber"/>, so the two never disagree.
/// </summary>
public sealed class ClinicInfo : Entity
{
    /// <summary>With country code, e.g. "+91 98765 43210".</summary>
    public string WhatsappNumber { get; set; } = "";

    /// <summary>https://wa.me/ and the number's digits; EF never writes it (computed).</summary>
    public string? WhatsappLink { get; set; }

    public string ClinicAddress { get; set; } = "";

    public string GoogleMapsLink { get; set; } = "";

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    /// <summary>"HH:MM", 24-hour clock.</summary>
    public string? OpeningTime { get; set; }

    /// <summary>"HH:MM", 24-hour clock.</summary>
    public string? ClosingTime { get; set; }

    /// <summary>Seed 001's updated_by_admin_id.</summary>
    public Guid? UpdatedById { get; set; }

    public User? UpdatedBy { get; set; }
}

/// <summary>Public: anyone may see how to reach the lab.</summary>
public sealed class ClinicInfoConfiguration() : EntityConfiguration<ClinicInfo>("clinic_info")
{
    /// <summary>The expression of the stored generated column, as the migration declares it.</summary>
    public const string WhatsappLinkSql = "'https://wa.me/' || regexp_replace(whatsapp_number, '[^0-9]', '', 'g')";

    protected override void ConfigureEntity(EntityTypeBuilder<ClinicInfo> builder)
    {
        builder.HasOne(c => c.UpdatedBy).WithMany().HasForeignKey(c => c.UpdatedById).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.WhatsappLink).HasComputedColumnSql(WhatsappLinkSql, stored: true);
        builder.Property(c => c.Latitude).HasPrecision(9, 6);
        builder.Property(c => c.Longitude).HasPrecision(9, 6);
    }
}
