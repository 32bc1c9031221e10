using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Graph.Server.Ide;

/// <summary>
/// Banana Cake Pop, self-hosted from the npm package <c>@chillicream/bananacakepop-graphql-ide</c> that the build
/// installs (src/Server/Ide/package.json) and copies beside the assembly under <c>Ide/bcp</c>. The app lives at
/// <c>/graphql/</c> (its asset URLs are relative, hence the redirect from <c>/graphql</c>) and reads
/// <c>/graphql/bcp-config.json</c>, which points it at this endpoint with telemetry off: it needs nothing from the internet.
/// On a browser's first visit it opens on the partner examples (docs/examples, embedded in this assembly): the index page
/// loads <c>partner-examples.js</c>, which adds them as a document whose connection settings show where the
/// <c>Authorization</c> header goes.
/// </summary>
public static class BananaCakePop
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Where the IDE's files are: beside the assembly, as the build copies them.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Ide", "bcp");

    private static readonly Lazy<PhysicalFileProvider?> Files = new(() => Directory.Exists(Root) ? new PhysicalFileProvider(Root) : null);

    /// <summary>The example files in the order the document shows them: signing in first, then each business.</summary>
    private static readonly string[] ExampleFiles =
        ["signIn.graphql", "petLab.graphql", "therapy.graphql", "studio.graphql", "sales.graphql", "patientJourney.graphql", "webhooks.graphql"];

    private static readonly Lazy<string> Examples = new(ReadExamples);

    /// <summary>The script that opens the IDE on the examples, with the examples' text in it (it writes them before the app starts).</summary>
    private static readonly Lazy<string> ExamplesScript = new(() =>
        ReadResource("Ide/partner-examples.js").Replace("/*partner-examples*/null", JsonSerializer.Serialize(Examples.Value), StringComparison.Ordinal));

    /// <summary>The document Banana Cake Pop opens on: how to sign in and send the token, then every partner example.</summary>
    public static string ExamplesDocument => Examples.Value;

    public static IEndpointRouteBuilder MapBananaCakePop(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapGet(path + "/bcp-config.json", WriteConfigAsync);
        endpoints.MapGet(path + "/partner-examples.graphql", (HttpContext context) => WriteTextAsync(context, ExamplesDocument, "text/plain; charset=utf-8"));
        endpoints.MapGet(path + "/partner-examples.js", (HttpContext context) => WriteTextAsync(context, ExamplesScript.Value, "text/javascript; charset=utf-8"));
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

        if (asset == "index.html")
        {
            // The app's page, with the script that opens it on the partner examples loaded before the app.
            string page;
            using (var reader = new StreamReader(file.CreateReadStream()))
                page = await reader.ReadToEndAsync(context.RequestAborted);
            var head = page.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
            if (head >= 0)
                page = page.Insert(head + "<head>".Length, "<script src=\"partner-examples.js\"></script>");
            await WriteTextAsync(context, page, "text/html; charset=utf-8");
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

    private static Task WriteTextAsync(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static string ReadExamples()
    {
        var document = new System.Text.StringBuilder();
        document.Append(
            """
            # Graph: the partner examples (docs/partners.md explains each one and gives its variables).
            #
            # Sign in first: pick SignIn below, give it the variables
            #   { "email": "customer@demo.graph", "password": "demo-password" }
            # (other demo accounts: <role>@demo.graph, e.g. sales@demo.graph, patient@demo.graph, admin@demo.graph),
            # run it and copy the accessToken it answers. Then send it with every request: open Connection Settings (the
            # gear at the top right) and either choose Authentication > Bearer and paste the token, or under HTTP
            # Headers enable the prepared "Authorization" header and put the token after "Bearer ".

            """);
        foreach (var file in ExampleFiles)
            document.Append('\n').Append(ReadResource("PartnerExamples/" + file).TrimEnd()).Append('\n');
        return document.ToString();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(BananaCakePop).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in {typeof(BananaCakePop).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
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
