namespace Graph.Persistence.Crm;

public enum TeamMemberRole
{
    Closer,
    Setter,
    DmSetter,
}
