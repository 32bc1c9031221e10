using Graph.Server.Transports;
using Microsoft.AspNetCore.Http.Features;

namespace Graph.Server.Realtime;

/// <summary>Which /graphql requests the realtime endpoint takes; the rest go to the HTTP transport.</summary>
internal enum RealtimeRequestKind
{
    None,
    WebSocket,
    ServerSentEvents,
}

internal static class RealtimeRequests
{
    public static RealtimeRequestKind Classify(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
            && request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase))
            return RealtimeRequestKind.WebSocket;
        if (context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true, Protocol: var protocol }
            && string.Equals(protocol, "websocket", StringComparison.OrdinalIgnoreCase))
            return RealtimeRequestKind.WebSocket;

        // graphql-sse: event streams, and single connection mode's reservations (PUT), stops (DELETE) and
        // operations posted with a stream token.
        if (ServerSentEventsTransport.AcceptsEventStream(request)
            || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsDelete(request.Method)
            || (HttpMethods.IsPost(request.Method) && request.Headers.ContainsKey(ServerSentEventsTransport.TokenHeader)))
            return RealtimeRequestKind.ServerSentEvents;
        return RealtimeRequestKind.None;
    }
}
