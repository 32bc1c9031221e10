namespace Graph.Persistence.Programs;

/// <summary>Seed 000's is_active is <see cref="Active"/>; freezing uses the freeze days.</summary>
public enum EnrollmentStatus
{
    Active,
    Frozen,
    Completed,
    Cancelled,
}
