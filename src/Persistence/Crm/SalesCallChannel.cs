namespace Graph.Persistence.Crm;

public enum SalesCallChannel
{
    Zoom,
    Phone,
    InPerson,
    Other,
}
