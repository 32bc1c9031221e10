namespace Graph.Persistence.Care;

/// <summary>Where a patient profile came from (seed 004's <c>source_channel</c>).</summary>
public enum SourceChannel
{
    MedicalQuestionnaire,
    Whatsapp,
    Chat,
    Web,
}
