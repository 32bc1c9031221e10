using Graph.Persistence.Access;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Identity;

/// <summary>Anyone who can sign in or is known by contact: customers, staff (seed 001's Staff are users
/// with staff roles), teachers, students, patients. Seed attributes map as docs/data-model.md says.</summary>
public sealed class User : Entity
{
    /// <summary>Unique regardless of case (a unique index on <c>lower(email)</c>); absent for WhatsApp-only users.</summary>
    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>ASP.NET Core Identity's format, made by <see cref="PasswordHashing"/>; absent when the user cannot sign in with a password.</summary>
    public string? PasswordHash { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>First and last name joined; a stored generated column (seed 001's full_name and Staff name). EF never
    /// writes it (computed); the setter is public so projections can fill it.</summary>
    public string? FullName { get; set; }

    public List<Role> Roles { get; set; } = [];

    public UserType UserType { get; set; } = UserType.Web;

    public bool IsActive { get; set; } = true;

    public bool IsVerified { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }

    public int FailedLoginAttempts { get; set; }

    /// <summary>Seed 001's is_locked: the account is locked while this lies in the future.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public string? AvatarUrl { get; set; }

    /// <summary>For field staff (collectors): the area they cover.</summary>
    public string? AssignedArea { get; set; }

    public List<Address> Addresses { get; set; } = [];

    public List<Pet> Pets { get; set; } = [];

    public List<Booking> Bookings { get; set; } = [];

    /// <summary>The bookings this staff member collects (seed 001's Staff.collections).</summary>
    public List<Booking> Collections { get; set; } = [];

    public List<RefreshToken> RefreshTokens { get; set; } = [];

    /// <summary>The user's notifications (seed 003).</summary>
    public List<Studio.Notification> Notifications { get; set; } = [];

    /// <summary>How many of the user's notifications are unread; kept by the database (migration 0019).</summary>
    public int UnreadNotificationCount { get; set; }
}

public sealed class UserConfiguration() : EntityConfiguration<User>("users")
{
    public override RowRule Readers { get; } = RowRule.For<User>(
        "themselves; every staff role; those they share a conversation with; a studio teacher's, those who meet them at the studio",
        (u, v) => v.HasAny(RowAccessRules.Staff) || u.Id == v.UserId || Care.CareAccess.SharesConversation(u.Id, v.UserId)
            || Studio.StudioAccess.SeesStudioTeacher(u.Id, v.UserId));

    /// <summary>The expression of the stored generated column, as the migration declares it.</summary>
    public const string FullNameSql = "NULLIF(btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), '')";

    protected override void ConfigureEntity(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.FullName).HasComputedColumnSql(FullNameSql, stored: true);
        builder.Property(u => u.UnreadNotificationCount).ValueGeneratedOnAddOrUpdate();
        builder.PrimitiveCollection(u => u.Roles).IsRequired().ElementType(e => e.HasConversion(new UpperSnakeEnumConverter<Role>()));
        builder.Property(u => u.UserType).IsEnumText();
    }
}
