using Graph.Persistence.Access;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Care;

/// <summary>
/// A conversation between users: seed 003's MessageThread (a studio's in-app thread with a subject) and seed 004's
/// conversations (chat sessions with a patient, in-app or over WhatsApp) are this one type; <see cref="Channel"/>
/// tells them apart. Only its participants read it or hear its messages. Soft deleted.
/// </summary>
public sealed class Conversation : Entity, ISoftDeleted
{
    public ConversationChannel Channel { get; set; } = ConversationChannel.InApp;

    /// <summary>Seed 003's thread title.</summary>
    public string? Subject { get; set; }

    /// <summary>Seed 003's studio context.</summary>
    public Guid? StudioId { get; set; }

    public Studio.Studio? Studio { get; set; }

    /// <summary>The patient a seed-004 conversation is with.</summary>
    public Guid? PatientProfileId { get; set; }

    public PatientProfile? PatientProfile { get; set; }

    /// <summary>When the newest message was sent (for ordering inboxes).</summary>
    public DateTimeOffset? LastMessageAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<ConversationParticipant> Participants { get; set; } = [];

    public List<Message> Messages { get; set; } = [];
}

public sealed class ConversationConfiguration() : EntityConfiguration<Conversation>("conversations")
{
    public override RowRule Readers { get; } = RowRule.For<Conversation>(
        "its participants",
        (c, v) => CareAccess.TakesPartInConversation(c.Id, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasOne(c => c.Studio).WithMany().HasForeignKey(c => c.StudioId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.PatientProfile).WithMany().HasForeignKey(c => c.PatientProfileId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Channel).IsEnumText();
    }
}
