namespace Graph.Persistence.Identity;

/// <summary>What a user may do; a user holds any number of roles (<c>users.roles</c>, text[]).</summary>
public enum Role
{
    Admin,
    Customer,
    Collector,
    LabTech,
    Analyst,
    Sales,
    Marketing,
    Teacher,
    Student,
    Parent,
    Patient,
    Provider,
}
