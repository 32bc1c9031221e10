using Graph.Engine;
using Graph.Schema.Uploads;
using Graph.Server.Errors;
using Graph.Server.Execution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Transports;

/// <summary>
/// <c>POST /graphql</c> as <c>multipart/form-data</c>, by the GraphQL multipart request specification: an
/// <c>operations</c> part (the JSON request, files as nulls), a <c>map</c> part (<c>{"0": ["variables.file"]}</c>), then
/// the files, each put where the map points as an <see cref="IFile"/> (the <c>Upload</c> scalar's value). An HTML form
/// can send multipart without a CORS preflight, so such a request must carry <c>GraphQL-Preflight</c> or
/// <c>Authorization</c>, which a browser sends cross-site only after a preflight; without either it gets 415 as
/// before. A file over <c>Uploads:MaxFileSize</c> gets 413 and nothing runs.
/// </summary>
public static class HttpMultipartTransport
{
    /// <summary>How many files one request may carry.</summary>
    private const int MaxFiles = 10;

    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) && parsed.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public static async Task ExecuteAsync(HttpContext context, GraphQLRequestExecutor executor, ResponseMediaType? negotiated)
    {
        var mediaType = negotiated ?? ResponseMediaType.Json;
        var request = context.Request;
        if (!request.Headers.ContainsKey("GraphQL-Preflight") && !request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType,
                "A multipart request needs a GraphQL-Preflight or an Authorization header (a browser's form post cannot upload).", ServerErrorCodes.PreflightRequired);
            return;
        }

        if (negotiated is null)
        {
            await HttpPostTransport.WriteNotAcceptableAsync(context);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var maxFileSize = context.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxFileSize;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            sizeFeature.MaxRequestBodySize = options.MaxRequestBodySize * 2 + (maxFileSize * MaxFiles);

        var (parsed, status, problem, code) = await ReadAsync(request, options.MaxRequestBodySize, maxFileSize, context.RequestAborted);
        if (parsed is null)
        {
            await RefuseAsync(context, status, mediaType, problem!, code!);
            return;
        }

        var outcome = await executor.ExecuteAsync(parsed, context, allowMutations: true);
        await GraphQLHttpResponses.WriteOutcomeAsync(context, outcome, mediaType);
    }

    private static Task RefuseAsync(HttpContext context, int status, ResponseMediaType mediaType, string message, string code) =>
        GraphQLHttpResponses.WriteErrorAsync(context, status, mediaType, GraphQLRequestParser.Error(message, code));

    private static async Task<(GraphQLRequest? Request, int Status, string? Problem, string? Code)> ReadAsync(
        HttpRequest request, long maxJson, long maxFileSize, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
            return Invalid("The multipart Content-Type has no boundary.");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };

        try
        {
            var operations = await NextFieldAsync(reader, "operations", maxJson, cancellationToken);
            if (operations is null)
                return Invalid("The first part must be the \"operations\" field.");
            if (!GraphQLRequestParser.TryParseBody(operations, allowBatch: false, maxBatchSize: 1, out var requests, out _, out var error))
                return (null, StatusCodes.Status400BadRequest, error!.Message, ServerErrorCodes.RequestInvalid);

            var mapPart = await NextFieldAsync(reader, "map", maxJson, cancellationToken);
            if (mapPart is null)
                return Invalid("The second part must be the \"map\" field.");
            if (!TryReadMap(mapPart, out var map, out var mapProblem))
                return Invalid(mapProblem!);
            if (map.Count > MaxFiles)
                return Invalid($"A request carries at most {MaxFiles} files.");

            var graphQLRequest = requests[0];
            var variables = graphQLRequest.Variables as Dictionary<string, object?>;
            var files = new Dictionary<string, IFile>(StringComparer.Ordinal);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                    return Invalid("After \"operations\" and \"map\", every part must be a file.");
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (!map.ContainsKey(name))
                    return Invalid($"The file part \"{name}\" is not in the map.");
                var content = await ReadLimitedAsync(section.Body, maxFileSize, cancellationToken);
                if (content is null)
                    return (null, StatusCodes.Status413PayloadTooLarge, $"The file \"{name}\" is larger than the {maxFileSize} bytes allowed.", ServerErrorCodes.FileTooLarge);
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? name;
                files[name] = new BufferedFile(Path.GetFileName(fileName), section.ContentType, content);
            }

            foreach (var (key, paths) in map)
            {
                if (!files.TryGetValue(key, out var file))
                    return Invalid($"The map names the file \"{key}\", which the request does not carry.");
                foreach (var path in paths)
                {
                    if (!TryPlace(variables, path, file))
                        return Invalid($"The map path \"{path}\" points at no null variable value.");
                }
            }

            return (graphQLRequest, 0, null, null);
        }
        catch (InvalidDataException exception)
        {
            return Invalid("The multipart body is malformed: " + exception.Message);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, "The request body is larger than this server accepts.", ServerErrorCodes.MaxRequestSize);
        }

        static (GraphQLRequest?, int, string?, string?) Invalid(string message) =>
            (null, StatusCodes.Status400BadRequest, message, ServerErrorCodes.InvalidMultipartRequest);
    }

    /// <summary>The next part's content when it is the form field <paramref name="name"/> and within the limit, else null.</summary>
    private static async Task<byte[]?> NextFieldAsync(MultipartReader reader, string name, long limit, CancellationToken cancellationToken)
    {
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        if (section is null || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || !disposition.IsFormDisposition() || HeaderUtilities.RemoveQuotes(disposition.Name).Value != name)
        {
            return null;
        }

        return await ReadLimitedAsync(section.Body, limit, cancellationToken);
    }

    /// <summary>A part's bytes, or null once they pass <paramref name="limit"/> (reading stops there).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool TryReadMap(byte[] json, out Dictionary<string, List<string>> map, out string? problem)
    {
        map = [];
        problem = null;
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                problem = "\"map\" must be a JSON object of file keys to lists of paths.";
                return false;
            }

            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != System.Text.Json.JsonValueKind.Array || entry.Value.GetArrayLength() == 0
                    || entry.Value.EnumerateArray().Any(p => p.ValueKind != System.Text.Json.JsonValueKind.String))
                {
                    problem = $"\"map\" entry \"{entry.Name}\" must be a non-empty list of paths.";
                    return false;
                }

                map[entry.Name] = [.. entry.Value.EnumerateArray().Select(p => p.GetString()!)];
            }

            return true;
        }
        catch (System.Text.Json.JsonException exception)
        {
            problem = "\"map\" is not valid JSON: " + exception.Message;
            return false;
        }
    }

    /// <summary>Puts <paramref name="file"/> at an object path such as <c>variables.input.file</c> or <c>variables.files.1</c>,
    /// where the operations hold null.</summary>
    private static bool TryPlace(Dictionary<string, object?>? variables, string path, IFile file)
    {
        var segments = path.Split('.');
        if (segments.Length < 2 || segments[0] != "variables" || variables is null)
            return false;
        object? container = variables;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            switch (container)
            {
                case Dictionary<string, object?> map when map.TryGetValue(segment, out var value):
                    if (last)
                    {
                        if (value is not null)
                            return false;
                        map[segment] = file;
                        return true;
                    }

                    container = value;
                    break;
                case List<object?> list when int.TryParse(segment, out var index) && index >= 0 && index < list.Count:
                    if (last)
                    {
                        if (list[index] is not null)
                            return false;
                        list[index] = file;
                        return true;
                    }

                    container = list[index];
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>An uploaded file held in memory (at most <c>Uploads:MaxFileSize</c> bytes) for the request's lifetime.</summary>
    private sealed class BufferedFile(string name, string? contentType, byte[] content) : IFile
    {
        public string Name => name;

        public string? ContentType => contentType;

        public long Length => content.LongLength;

        public Stream OpenReadStream() => new MemoryStream(content, writable: false);
    }
}
