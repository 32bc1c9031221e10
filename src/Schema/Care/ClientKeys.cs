using Graph.Engine.Execution;
using Graph.Schema.Authorization;

namespace Graph.Schema.Care;

/// <summary>Who a request comes from, for per-client limits: the transport puts the client's address in the request's
/// context data under <see cref="ContextKey"/>; without one, the signed-in user, else one shared anonymous key.</summary>
public static class ClientKeys
{
    public const string ContextKey = "ClientAddress";

    public static string Of(IResolverContext context)
    {
        if (context.ContextData.TryGetValue(ContextKey, out var address) && address is string { Length: > 0 } text)
            return "address:" + text;
        var viewer = Viewers.Of(context);
        return viewer.UserId != Guid.Empty ? "user:" + viewer.UserId : "anonymous";
    }
}
