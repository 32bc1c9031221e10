using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Graph.Persistence.Identity.Role;

namespace Graph.Persistence.Studio;

/// <summary>
/// A notification for one user (seed 003). The database writes them with the change they tell of (migration 0019): a
/// lesson scheduled or cancelled, an invoice sent, a checkout approved; each is announced on
/// <c>notificationReceived</c>, and the user's <see cref="User.UnreadNotificationCount"/> follows them.
/// </summary>
public sealed class Notification : Entity
{
    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    public string Title { get; set; } = "";

    public string Message { get; set; } = "";

    public NotificationType NotificationType { get; set; } = NotificationType.General;

    public bool IsRead { get; set; }

    /// <summary>When it was marked read (set by the database).</summary>
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>An action URL: a path of the frontend or an http(s) address.</summary>
    public string? Link { get; set; }
}

public enum NotificationType
{
    LessonScheduled,
    LessonCancelled,
    InvoiceSent,
    CheckoutApproved,
    General,
}

public sealed class NotificationConfiguration() : EntityConfiguration<Notification>("notifications")
{
    public override RowRule Readers { get; } = RowRule.For<Notification>(
        "ADMIN; its user",
        (n, v) => v.Has(Admin) || n.UserId == v.UserId);

    protected override void ConfigureEntity(EntityTypeBuilder<Notification> builder)
    {
        builder.HasOne(n => n.User).WithMany(u => u.Notifications).HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.UserId, n.IsRead });
        builder.Property(n => n.NotificationType).IsEnumText();
        builder.Property(n => n.ReadAt).ValueGeneratedOnAddOrUpdate();
    }
}
