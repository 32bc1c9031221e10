namespace Graph.Persistence.Identity;

/// <summary>Where an account came from (seed 004's <c>user_type</c>, plus WEB for sign-ups here).</summary>
public enum UserType
{
    Web,
    Whatsapp,
    MedicalQuestionnaire,
    Chat,
}
