using Graph.Persistence.Care;
using Graph.Schema.Composition;
using Graph.Schema.StatusChanges;
using Graph.Schema.Writes;

namespace Graph.Schema.Care;

/// <summary>
/// Messaging, one model for seeds 003 (studio threads) and 004 (patient chats, in-app or WhatsApp): conversations,
/// their participants, messages and who read them. Only participants read a conversation or hear its messages.
/// </summary>
public sealed class MessagingSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module)
    {
        module.Node<Conversation>(conversation => conversation
            .Description("A conversation between users: a studio's in-app thread (seed 003) or a patient chat, in-app or over WhatsApp (seed 004).")
            .Describe("channel", "IN_APP or WHATSAPP.")
            .Describe("subject", "The thread's title.")
            .Describe("studio", "The studio the thread belongs to (seed 003).")
            .Describe("patientProfile", "The patient a care conversation is with.")
            .Describe("lastMessageAt", "When the newest message was sent.")
            .Describe("deletedAt", "Set when the conversation was deleted; deleted conversations are not shown.")
            .RootConnection("conversations", "The conversations the current user takes part in.")
            .ReadSignedIn()
            .Connection("participants", "messages")
            // createConversation makes the caller a participant; sendMessage adds messages.
            .GeneratedWrites(WriteOperations.Update | WriteOperations.Delete)
            .Write(WriteOperations.Update | WriteOperations.Delete, [], "its participants", (c, v) => CareAccess.TakesPartInConversation(c.Id, v.UserId))
            .ServerManaged("lastMessageAt", "patientProfile"));
        module.Node<ConversationParticipant>(participant => participant
            .Description("A member of a conversation and how far they have read it.")
            .Describe("lastReadAt", "Every message sent before it is read by this participant (markConversationRead).")
            .ReadSignedIn()
            // createConversation adds the participants; a participant may remove one (themselves, or another).
            .GeneratedWrites(WriteOperations.Delete)
            .Write(WriteOperations.Delete, [], "a participant of the conversation",
                (p, v) => CareAccess.TakesPartInConversation(p.ConversationId, v.UserId))
            .ServerManaged("lastReadAt"));
        module.Node<Message>(message => message
            .Describe("sender", "The author; null for an inbound WhatsApp message from someone without an account.")
            .Describe("isRead", "Whether every other participant has read it.")
            .Describe("readBy", "Who has read it.")
            .Describe("deletedAt", "Set when the message was deleted; deleted messages are not shown.")
            .Connection("readBy")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.Update | WriteOperations.Delete)
            .Write(WriteOperations.Update | WriteOperations.Delete, [], "its sender", (m, v) => m.SenderId == v.UserId)
            .ServerManaged("conversation", "sender", "isRead"));
        module.Node<MessageRead>(read => read
            .Description("That a user has read a message; `createdAt` is when.")
            .ReadSignedIn()
            .GeneratedWrites(WriteOperations.None));
        module.AddTypeExtension<MessagingMutations>();
        module.AddTypeExtension<MessageSubscriptions>();
        module.AddStatusChangeErrors();
    }
}
