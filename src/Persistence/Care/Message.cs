using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Care;

/// <summary>One message of a conversation (seeds 003 and 004). <see cref="IsRead"/> is set once every other
/// participant has read it; <see cref="ReadBy"/> says who has. Soft deleted.</summary>
public sealed class Message : Entity, ISoftDeleted
{
    public Guid ConversationId { get; set; }

    public Conversation Conversation { get; set; } = null!;

    /// <summary>The author; null for an inbound WhatsApp message from someone without an account.</summary>
    public Guid? SenderId { get; set; }

    public User? Sender { get; set; }

    public string Content { get; set; } = "";

    public bool IsRead { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public List<MessageRead> ReadBy { get; set; } = [];
}

public sealed class MessageConfiguration() : EntityConfiguration<Message>("messages")
{
    public override RowRule Readers { get; } = RowRule.For<Message>(
        "the conversation's participants",
        (m, v) => CareAccess.TakesPartInConversation(m.ConversationId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<Message> builder)
    {
        builder.HasOne(m => m.Conversation).WithMany(c => c.Messages).HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Sender).WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.SetNull);
    }
}
