using Microsoft.AspNetCore.Routing.Matching;

namespace Graph.Server.Realtime;

/// <summary>Marks the realtime endpoint, which shares its route with the HTTP transport's.</summary>
internal sealed class RealtimeEndpointMetadata;

/// <summary>
/// The realtime endpoint is mapped with a lower order than the HTTP transport's /graphql endpoint, so it wins
/// when it is a candidate; this policy drops it for requests that are not WebSocket upgrades or graphql-sse,
/// leaving them to the HTTP endpoint. Neither endpoint needs to know about the other.
/// </summary>
internal sealed class RealtimeMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<RealtimeEndpointMetadata>() is not null)
                return true;
        }

        return false;
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var realtime = RealtimeRequests.Classify(httpContext) != RealtimeRequestKind.None;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!realtime && candidates.IsValidCandidate(i) && candidates[i].Endpoint.Metadata.GetMetadata<RealtimeEndpointMetadata>() is not null)
                candidates.SetValidity(i, false);
        }

        return Task.CompletedTask;
    }
}
