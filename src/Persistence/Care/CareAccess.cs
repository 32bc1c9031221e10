using Microsoft.EntityFrameworkCore;

namespace Graph.Persistence.Care;

/// <summary>
/// SQL functions the Care row rules call (migration 0010), mapped by <see cref="GraphDbContext"/> from their <c>[DbFunction]</c> names. They stand where a
/// navigation would make EF's query filters chase each other in a circle (patient → consultation → patient). Only
/// translatable to SQL: called in memory, they throw.
/// </summary>
public static class CareAccess
{
    /// <summary>Whether <paramref name="providerUserId"/> acts for the provider of a live consultation of the patient.</summary>
    [DbFunction("provider_sees_patient")]
    public static bool ProviderSeesPatient(Guid patientProfileId, Guid providerUserId) =>
        throw new InvalidOperationException("provider_sees_patient runs in SQL only.");

    /// <summary>Whether <paramref name="viewerId"/> shares a live conversation with <paramref name="userId"/>.</summary>
    [DbFunction("shares_conversation")]
    public static bool SharesConversation(Guid userId, Guid viewerId) =>
        throw new InvalidOperationException("shares_conversation runs in SQL only.");

    /// <summary>Whether <paramref name="userId"/> is a participant of the conversation.</summary>
    [DbFunction("takes_part_in_conversation")]
    public static bool TakesPartInConversation(Guid conversationId, Guid userId) =>
        throw new InvalidOperationException("takes_part_in_conversation runs in SQL only.");
}
