using System.Text.Json;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Studio;

/// <summary>A music studio or school (seed 003): its public profile, its branding and builder layout, the time zone
/// its lessons are scheduled in and how far ahead recurring patterns generate lessons.</summary>
public sealed class Studio : Entity
{
    public string Name { get; set; } = "";

    /// <summary>Lower-case words joined by hyphens; unique.</summary>
    public string Slug { get; set; } = "";

    public string? Description { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Country { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>Seed 003's logo: where the image is.</summary>
    public string? LogoUrl { get; set; }

    public string? ThemeColor { get; set; }

    /// <summary>A JSON object of custom settings.</summary>
    public JsonElement? Settings { get; set; }

    /// <summary>The studio builder's layout, a JSON object or array.</summary>
    public JsonElement? LayoutData { get; set; }

    /// <summary>An IANA time zone (<c>Europe/Berlin</c>): recurring lessons keep their wall-clock time in it.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How many days ahead a recurring pattern without an end date generates lessons.</summary>
    public int LessonHorizonDays { get; set; } = 90;

    public bool IsActive { get; set; } = true;

    public List<Teacher> Teachers { get; set; } = [];

    public List<Student> Students { get; set; } = [];

    public List<Family> Families { get; set; } = [];

    public List<Band> Bands { get; set; } = [];

    public List<PracticeRoom> PracticeRooms { get; set; } = [];
}

public sealed class StudioConfiguration() : EntityConfiguration<Studio>("studios")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Studio> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Settings).HasColumnType("jsonb");
        builder.Property(s => s.LayoutData).HasColumnType("jsonb");
    }
}
