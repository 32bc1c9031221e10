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
        var best = (Quality: 0d, Specificity: Specificity.None);
        foreach (var range in ranges)
        {
            var specificity = Match(range, type, subtype);
            if (specificity > best.Specificity)
                best = (range.Quality ?? 1d, specificity);
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
