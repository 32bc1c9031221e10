namespace Graph.Persistence.Care;

/// <summary>Seed 004's provider types.</summary>
public enum ProviderType
{
    Clinic,
    Hospital,
    Doctor,
}
