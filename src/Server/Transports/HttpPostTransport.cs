using System.Buffers;
using Graph.Server.Errors;
using Graph.Server.Execution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Transports;

/// <summary>
/// <c>POST /graphql</c> (GraphQL over HTTP, POST): a JSON body <c>{query, operationName, variables, extensions}</c>
/// (or, when <c>GraphQL:Batching</c> is on, an array of them). Only <c>application/json</c> bodies are read, and
/// <c>multipart/form-data</c> uploads (<see cref="HttpMultipartTransport"/>) that prove they are no simple request:
/// the content types an HTML form or a no-preflight <c>fetch</c> can send (<c>application/x-www-form-urlencoded</c>,
/// <c>multipart/form-data</c>, <c>text/plain</c>) get 415 otherwise, so another site cannot make a browser run a mutation
/// (the spec's CSRF note). Bodies over <c>GraphQL:MaxRequestBodySize</c> get 413, malformed JSON 400.
/// </summary>
public static class HttpPostTransport
{
    public static Task HandleAsync(HttpContext context) => GraphQLHttpResponses.GuardAsync(context, ExecuteAsync);

    private static async Task ExecuteAsync(HttpContext context, GraphQLRequestExecutor executor)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var negotiated = AcceptNegotiation.Negotiate(context.Request);
        var mediaType = negotiated ?? ResponseMediaType.Json;
        if (HttpMultipartTransport.IsMultipart(context.Request))
        {
            await HttpMultipartTransport.ExecuteAsync(context, executor, negotiated);
            return;
        }

        if (!IsJsonContentType(context.Request.ContentType))
        {
            await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType, GraphQLRequestParser.Error(
                $"POST bodies must be application/json (UTF-8); got {(string.IsNullOrEmpty(context.Request.ContentType) ? "no Content-Type" : context.Request.ContentType)}.",
                ServerErrorCodes.UnsupportedContentType));
            return;
        }

        if (negotiated is null)
        {
            await WriteNotAcceptableAsync(context);
            return;
        }

        var body = await RequestBody.ReadAsync(context, options.MaxRequestBodySize);
        try
        {
            if (body.TooLarge)
            {
                await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, mediaType, GraphQLRequestParser.Error(
                    $"The request body is larger than the {options.MaxRequestBodySize} bytes this server accepts.", ServerErrorCodes.MaxRequestSize));
                return;
            }

            if (!GraphQLRequestParser.TryParseBody(body.Memory, options.Batching, options.MaxBatchSize, out var requests, out var isBatch, out var error))
            {
                await GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error!);
                return;
            }

            body.Dispose();
            if (!isBatch)
            {
                var outcome = await executor.ExecuteAsync(requests[0], context, allowMutations: true);
                await GraphQLHttpResponses.WriteOutcomeAsync(context, outcome, mediaType);
                return;
            }

            // One after another, so the requests of a batch see each other's mutations in order.
            var outcomes = new GraphQLOutcome[requests.Count];
            for (var i = 0; i < outcomes.Length; i++)
                outcomes[i] = await executor.ExecuteAsync(requests[i], context, allowMutations: true);
            await GraphQLHttpResponses.WriteBatchAsync(context, outcomes, mediaType);
        }
        finally
        {
            body.Dispose();
        }
    }

    internal static Task WriteNotAcceptableAsync(HttpContext context) =>
        GraphQLHttpResponses.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json, GraphQLRequestParser.Error(
            $"The Accept header names no media type this endpoint answers with: {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}.",
            ServerErrorCodes.NoSupportedAcceptMediaType));

    /// <summary><c>application/json</c>, with no charset or UTF-8 (the only encoding GraphQL over HTTP allows).</summary>
    private static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = parsed.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body in a pooled buffer, read up to the limit and no further.</summary>
    private sealed class RequestBody : IDisposable
    {
        private byte[]? _buffer;
        private int _length;

        public bool TooLarge { get; private init; }

        public ReadOnlyMemory<byte> Memory => _buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(0, _length);

        public static async Task<RequestBody> ReadAsync(HttpContext context, long limit)
        {
            var request = context.Request;
            if (request.ContentLength > limit)
                return new RequestBody { TooLarge = true };

            // Kestrel then refuses to read past the limit itself, chunked bodies included.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
                sizeFeature.MaxRequestBodySize = limit;

            var body = new RequestBody { _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, limit) + 1) };
            try
            {
                while (true)
                {
                    if (body._length == body._buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)body._buffer.Length * 2, limit + 1));
                        body._buffer.AsSpan(0, body._length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(body._buffer);
                        body._buffer = larger;
                    }

                    var read = await request.Body.ReadAsync(body._buffer.AsMemory(body._length), context.RequestAborted);
                    if (read == 0)
                        return body;
                    body._length += read;
                    if (body._length > limit)
                    {
                        body.Dispose();
                        return new RequestBody { TooLarge = true };
                    }
                }
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                body.Dispose();
                return new RequestBody { TooLarge = true };
            }
        }

        public void Dispose()
        {
            if (_buffer is not null)
                ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
            _length = 0;
        }
    }
}
