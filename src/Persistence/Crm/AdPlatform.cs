namespace Graph.Persistence.Crm;

public enum AdPlatform
{
    Facebook,
    Instagram,
    Google,
    Youtube,
    Tiktok,
    Other,
}
