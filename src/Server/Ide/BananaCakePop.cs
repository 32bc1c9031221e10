using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Graph.Server.Ide;

/// <summary>
/// Banana Cake Pop, self-hosted from the npm package <c>@chillicream/bananacakepop-graphql-ide</c> that the build
/// installs (src/Server/Ide/package.json) and copies beside the assembly under <c>Ide/bcp</c>. The app lives at
/// <c>/graphql/</c> (its asset URLs are relative, hence the redirect from <c>/graphql</c>) and reads
/// <c>/graphql/bcp-config.json</c>, which points it at this endpoint with telemetry off: it needs nothing from the internet.
/// </summary>
public static class BananaCakePop
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Where the IDE's files are: beside the assembly, as the build copies them.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Ide", "bcp");

    private static readonly Lazy<PhysicalFileProvider?> Files = new(() => Directory.Exists(Root) ? new PhysicalFileProvider(Root) : null);

    public static IEndpointRouteBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapGet(path + "/bcp-config.json", WriteConfigAsync);
        endpoints.MapGet(path + "/{**asset}", (HttpContext context, string? asset) => ServeFileAsync(context, string.IsNullOrEmpty(asset) ? "index.html" : asset));
        return endpoints;
    }

    /// <summary><c>GET /graphql</c> from a browser: redirect to <c>/graphql/</c>; there, the app's index page.</summary>
    public static Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return Task.CompletedTask;
        }

        return ServeFileAsync(context, "index.html");
    }

    private static async Task ServeFileAsync(HttpContext context, string asset)
    {
        if (Files.Value is not { } files)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync(
                $"Banana Cake Pop is not installed at {Root}: build src/Server with npm on the PATH (it runs `npm ci` in src/Server/Ide).",
                context.RequestAborted);
            return;
        }

        var file = files.GetFileInfo(asset);
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var response = context.Response;
        response.ContentType = ContentTypes.TryGetContentType(file.Name, out var contentType) ? contentType : "application/octet-stream";
        response.Headers.XContentTypeOptions = "nosniff";
        // Files under static/ carry a content hash in their names; the rest (index.html, the manifest) must be revalidated.
        response.Headers.CacheControl = asset.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        response.ContentLength = file.Length;
        await response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>The preset the IDE fetches from <c>&lt;its URL&gt;bcp-config.json</c>.</summary>
    private static Task WriteConfigAsync(HttpContext context)
    {
        var request = context.Request;
        var endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path.Value![..^"/bcp-config.json".Length]}";
        var socket = (request.IsHttps ? "wss" : "ws") + endpoint[endpoint.IndexOf(':')..];
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsJsonAsync(
            new Dictionary<string, object?>
            {
                ["title"] = "Graph",
                ["endpoint"] = endpoint,
                ["useBrowserUrlAsEndpoint"] = false,
                ["subscriptionEndpoint"] = socket,
                ["subscriptionProtocol"] = "graphql-transport-ws",
                ["useGet"] = false,
                ["includeCookies"] = false,
                ["disableTelemetry"] = true,
            },
            (JsonSerializerOptions?)null,
            context.RequestAborted);
    }
}
