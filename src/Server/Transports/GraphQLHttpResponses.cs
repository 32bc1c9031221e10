using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Server.Execution;
using Graph.Server.Errors;

namespace Graph.Server.Transports;

/// <summary>Writes GraphQL responses with the engine's writer straight into the response body, with the status the media type calls for.</summary>
public static class GraphQLHttpResponses
{
    private static readonly JsonWriterOptions BatchWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The status of a GraphQL response (GraphQL over HTTP, "Status Codes"): under <c>application/json</c> always
    /// 200; under <c>application/graphql-response+json</c> 200 once execution started, 400 for request errors,
    /// 504 past the timeout. A mutation over GET is 405 under both, a rate-limited request 429.
    /// </summary>
    public static int StatusCode(GraphQLOutcomeKind kind, ResponseMediaType mediaType) => kind switch
    {
        GraphQLOutcomeKind.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        GraphQLOutcomeKind.RateLimited => StatusCodes.Status429TooManyRequests,
        GraphQLOutcomeKind.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ when mediaType == ResponseMediaType.Json => StatusCodes.Status200OK,
        GraphQLOutcomeKind.Executed => StatusCodes.Status200OK,
        GraphQLOutcomeKind.Timeout => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status400BadRequest,
    };

    public static Task WriteOutcomeAsync(HttpContext context, GraphQLOutcome outcome, ResponseMediaType mediaType)
    {
        if (outcome.Kind == GraphQLOutcomeKind.ServiceUnavailable)
            context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds;
        if (outcome.Kind == GraphQLOutcomeKind.OperationNotAllowed)
            context.Response.Headers.Allow = "POST";
        return WriteAsync(context, StatusCode(outcome.Kind, mediaType), mediaType, outcome.Result);
    }

    public static async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType.ContentType();
        ExecutionResultWriter.Write(result, response.BodyWriter);
        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A batch answers 200 with an array holding each request's response in order.</summary>
    public static async Task WriteBatchAsync(HttpContext context, IReadOnlyList<GraphQLOutcome> outcomes, ResponseMediaType mediaType)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType.ContentType();
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, BatchWriterOptions))
        {
            writer.WriteStartArray();
            foreach (var outcome in outcomes)
                ExecutionResultWriter.WriteResult(writer, outcome.Result);
            writer.WriteEndArray();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A transport-level refusal (bad JSON, wrong content type, too large, …) as a GraphQL error response.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, GraphQLError error) =>
        WriteAsync(context, statusCode, mediaType, ExecutionResult.FromError(error));

    /// <summary>503 with <c>Retry-After</c> and a <see cref="DatabaseUnavailable"/> error.</summary>
    public static Task WriteUnavailableAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds;
        return WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, AcceptNegotiation.Negotiate(context.Request) ?? ResponseMediaType.Json, DatabaseUnavailable.Error());
    }

    /// <summary>
    /// Runs a transport's handler; an exception it did not expect becomes a logged 500 with the same
    /// "Unexpected Execution Error" shape and correlation id as one inside execution. A client that went away gets nothing.
    /// </summary>
    public static async Task GuardAsync(HttpContext context, Func<HttpContext, GraphQLRequestExecutor, Task> handler)
    {
        var executor = context.RequestServices.GetRequiredService<GraphQLRequestExecutor>();
        try
        {
            await handler(context, executor);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // Nobody is left to answer.
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // A body Kestrel could not read (shorter than its Content-Length, broken chunking, too slow): the client's fault.
            context.Response.Clear();
            await WriteErrorAsync(context, exception.StatusCode, AcceptNegotiation.Negotiate(context.Request) ?? ResponseMediaType.Json,
                GraphQLRequestParser.Error($"The request body could not be read: {exception.Message}", ServerErrorCodes.RequestInvalid));
        }
        catch (Exception exception) when (!context.Response.HasStarted && DatabaseUnavailable.Is(exception))
        {
            context.Response.Clear();
            await WriteUnavailableAsync(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            var error = executor.CreateErrorFilter().Report(exception);
            context.Response.Clear();
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, AcceptNegotiation.Negotiate(context.Request) ?? ResponseMediaType.Json, error);
        }
        finally
        {
            await AbandonedWork.WaitAsync(context, context.RequestServices.GetRequiredService<ILogger<GraphQLRequestExecutor>>());
        }
    }
}
