using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Care;

/// <summary>A member of a conversation (seed 003's participants) and how far they have read it.</summary>
public sealed class ConversationParticipant : Entity
{
    public Guid ConversationId { get; set; }

    public Conversation Conversation { get; set; } = null!;

    public Guid UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>Set by <c>markConversationRead</c>: every message before it is read by this participant.</summary>
    public DateTimeOffset? LastReadAt { get; set; }
}

public sealed class ConversationParticipantConfiguration() : EntityConfiguration<ConversationParticipant>("conversation_participants")
{
    public override RowRule Readers { get; } = RowRule.For<ConversationParticipant>(
        "the conversation's participants",
        (p, v) => CareAccess.TakesPartInConversation(p.ConversationId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<ConversationParticipant> builder)
    {
        builder.HasOne(p => p.Conversation).WithMany(c => c.Participants).HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ConversationId, p.UserId }).IsUnique();
    }
}
