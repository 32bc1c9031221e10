using Graph.Persistence.Access;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Graph.Persistence.Care;

/// <summary>That a user has read a message (seed 003's read_by); <see cref="Entity.CreatedAt"/> is when.</summary>
public sealed class MessageRead : Entity
{
    public Guid MessageId { get; set; }

    public Message Message { get; set; } = null!;

    public Guid UserId { get; set; }

    public User User { get; set; } = null!;
}

public sealed class MessageReadConfiguration() : EntityConfiguration<MessageRead>("message_reads")
{
    public override RowRule Readers { get; } = RowRule.For<MessageRead>(
        "the conversation's participants",
        (r, v) => CareAccess.TakesPartInConversation(r.Message.ConversationId, v.UserId));

    protected override void ConfigureEntity(EntityTypeBuilder<MessageRead> builder)
    {
        builder.HasOne(r => r.Message).WithMany(m => m.ReadBy).HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MessageId, r.UserId }).IsUnique();
    }
}
