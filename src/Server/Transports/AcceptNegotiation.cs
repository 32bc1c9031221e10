using Microsoft.Net.Http.Headers;

namespace Graph.Server.Transports;

/// <summary>
/// Picks the response media type from <c>Accept</c> (GraphQL over HTTP, "Accept"): no header means
/// <c>application/json</c>; <c>application/graphql-response+json</c> when the client names it and ranks it at
/// least as high as <c>application/json</c>; wildcards alone get <c>application/json</c>, which every client
/// understands. Each type takes the quality of the most specific range that matches it (RFC 9110 §12.5.1).
/// </summary>
public static class AcceptNegotiation
{
    /// <summary>The media type to answer with, or null when the client accepts neither (answer 406).</summary>
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
            return ResponseMediaType.Json;

        // A header that does not parse is treated as absent rather than failing a request that could be answered.
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            return ResponseMediaType.Json;

        var graphQLResponse = Quality(ranges, "application", "graphql-response+json");
        var json = Quality(ranges, "application", "json");
        if (graphQLResponse.Specificity == Specificity.Exact && graphQLResponse.Quality > 0 && graphQLResponse.Quality >= json.Quality)
            return ResponseMediaType.GraphQLResponseJson;
        if (json.Quality > 0)
            return ResponseMediaType.Json;
        if (graphQLResponse.Quality > 0)
            return ResponseMediaType.GraphQLResponseJson;
        return null;
    }

    /// <summary>
    /// Whether the client prefers an event stream (graphql-sse) to a single JSON result: it names
    /// <c>text/event-stream</c> with a quality above zero, and above that of JSON (<c>application/json</c> or
    /// <c>application/graphql-response+json</c>, however matched), or equal to it and listed first. So urql's default
    /// <c>application/graphql-response+json, …, text/event-stream, multipart/mixed</c> and any
    /// <c>text/event-stream;q=0</c> get JSON; graphql-sse's <c>text/event-stream</c> gets a stream.
    /// </summary>
    public static bool PrefersEventStream(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges) || ranges.Count == 0)
            return false;

        var stream = Best(ranges, "text", "event-stream");
        if (stream.Specificity != Specificity.Exact || stream.Quality <= 0)
            return false;

        var json = Best(ranges, "application", "json");
        var graphQLResponse = Best(ranges, "application", "graphql-response+json");
        var single = graphQLResponse.Quality > json.Quality || (graphQLResponse.Quality == json.Quality && graphQLResponse.Index < json.Index)
            ? graphQLResponse
            : json;
        if (stream.Quality != single.Quality)
            return stream.Quality > single.Quality;
        return stream.Index < single.Index;
    }

    /// <summary>Whether the client names <c>text/html</c> (a browser navigating), not merely any type through <c>*/*</c>.</summary>
    public static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && Quality(ranges, "text", "html") is { Specificity: Specificity.Exact, Quality: > 0 };

    private enum Specificity
    {
        None,
        Any,
        AnySubtype,
        Exact,
    }

    private static (double Quality, Specificity Specificity) Quality(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var best = Best(ranges, type, subtype);
        return (best.Quality, best.Specificity);
    }

    /// <summary>The quality of the most specific range matching the type, and that range's position in the header
    /// (<see cref="int.MaxValue"/> when none matches).</summary>
    private static (double Quality, Specificity Specificity, int Index) Best(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var best = (Quality: 0d, Specificity: Specificity.None, Index: int.MaxValue);
        for (var index = 0; index < ranges.Count; index++)
        {
            var specificity = Match(ranges[index], type, subtype);
            if (specificity > best.Specificity)
                best = (ranges[index].Quality ?? 1d, specificity, index);
        }

        return best;
    }

    private static Specificity Match(MediaTypeHeaderValue range, string type, string subtype)
    {
        var rangeType = range.Type.Value ?? "";
        var rangeSubtype = range.SubType.Value ?? "";
        if (rangeType == "*" && rangeSubtype == "*")
            return Specificity.Any;
        if (!rangeType.Equals(type, StringComparison.OrdinalIgnoreCase))
            return Specificity.None;
        if (rangeSubtype == "*")
            return Specificity.AnySubtype;
        return rangeSubtype.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? Specificity.Exact : Specificity.None;
    }
}
