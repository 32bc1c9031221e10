namespace Graph.Persistence.Care;

/// <summary>Where a conversation happens: the platform's own messaging (seed 003's threads) or WhatsApp (seed 004).</summary>
public enum ConversationChannel
{
    InApp,
    Whatsapp,
}
