using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Subscriptions;
using Graph.Server.Realtime;
using Microsoft.Extensions.Primitives;

namespace Graph.Server.Transports;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse's PROTOCOL.md), both modes.
/// Distinct connections: GET or POST with <c>Accept: text/event-stream</c> answers a stream of
/// <c>next</c> events (request errors included, as the protocol asks) ending with <c>complete</c>.
/// Single connection: PUT reserves a stream (201, the token as text); GET/POST with the token
/// (<c>X-GraphQL-Event-Stream-Token</c> header or <c>token</c> query) and <c>Accept: text/event-stream</c>
/// opens it; POST with the token runs an operation whose <c>extensions.operationId</c> tags its events
/// (202); DELETE <c>?operationId=</c> stops one. A client that reads too slowly has its response aborted.
/// </summary>
internal static class ServerSentEventsTransport
{
    public const string Name = "graphql-sse";

    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";

    /// <summary>Whether the request asks for a stream rather than a single result (see
    /// <see cref="AcceptNegotiation.PrefersEventStream"/>: by quality, then by order).</summary>
    public static bool AcceptsEventStream(HttpRequest request) => AcceptNegotiation.PrefersEventStream(request);

    public static string? ReadToken(HttpRequest request)
    {
        var header = request.Headers[TokenHeader];
        if (!StringValues.IsNullOrEmpty(header))
            return header.ToString();
        return request.Query.TryGetValue("token", out var query) && !StringValues.IsNullOrEmpty(query) ? query.ToString() : null;
    }

    public static Task HandleAsync(HttpContext context, RealtimeServices services)
    {
        var request = context.Request;
        var token = ReadToken(request);
        if (AcceptsEventStream(request))
            return token is null ? DistinctAsync(context, services) : ConnectAsync(context, services, token);
        if (HttpMethods.IsPut(request.Method))
            return ReserveAsync(context, services);
        if (token is null)
            return EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");
        if (HttpMethods.IsDelete(request.Method))
            return StopAsync(context, services, token);
        if (HttpMethods.IsPost(request.Method))
            return ExecuteOnStreamAsync(context, services, token);
        context.Response.Headers.Allow = "GET, POST, PUT, DELETE";
        return EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed");
    }

    private static async Task DistinctAsync(HttpContext context, RealtimeServices services)
    {
        var identity = await AuthenticateAsync(context, services);
        if (identity is null)
            return;
        var graphQLRequest = await ReadRequestAsync(context);
        if (graphQLRequest is null)
            return;

        var aborted = context.RequestAborted;
        await using var operation = await services.Executor.StartAsync(graphQLRequest, identity, aborted, allowMutations: !HttpMethods.IsGet(context.Request.Method));
        if (operation.IsRefusedMutation)
        {
            context.Response.Headers.Allow = "POST";
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, operation.RequestErrors![0].Message);
            return;
        }

        var writer = new EventStreamWriter(services.Options);
        EventStreamWriter.PrepareResponse(context);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        EndWhenExpired(stop, identity);
        var writing = writer.RunAsync(context.Response, stop.Token);
        var pumping = PumpAsync(writer, operation, null, stop.Token, services.Logger, finish: true);
        if (await Task.WhenAny(pumping, writer.OverflowSignal.Task) != pumping)
        {
            services.Logger.LogInformation("Aborting an event stream whose client read too slowly");
            context.Abort();
            await stop.CancelAsync();
        }

        await pumping;
        await writing;
    }

    private static async Task ConnectAsync(HttpContext context, RealtimeServices services, string token)
    {
        var stream = services.Reservations.Find(token);
        if (stream is null)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");
            return;
        }

        if (!stream.TryOpen())
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status409Conflict, "Stream already open");
            return;
        }

        services.Reservations.Settle(stream);
        try
        {
            EventStreamWriter.PrepareResponse(context);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stream.Ended.Token);
            var writing = stream.Writer.RunAsync(context.Response, stop.Token);
            if (await Task.WhenAny(writing, stream.Writer.OverflowSignal.Task) != writing)
            {
                services.Logger.LogInformation("Aborting an event stream whose client read too slowly");
                context.Abort();
                await stop.CancelAsync();
            }

            await writing;
        }
        finally
        {
            services.Reservations.Remove(stream);
        }
    }

    private static async Task ReserveAsync(HttpContext context, RealtimeServices services)
    {
        if (await AuthenticateAsync(context, services) is null)
            return;
        var stream = services.Reservations.Reserve(services.Options, context.Connection.RemoteIpAddress?.ToString() ?? "");
        if (stream is null)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(services.Options.SseReservationTimeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests,
                $"This client holds {services.Options.SseMaxPendingReservationsPerClient} stream reservations no event stream has connected to; connect or wait for them to expire.");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(stream.Token);
    }

    private static async Task StopAsync(HttpContext context, RealtimeServices services, string token)
    {
        var stream = services.Reservations.Find(token);
        if (stream is null)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");
            return;
        }

        var operationId = context.Request.Query["operationId"].ToString();
        if (operationId.Length == 0)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing");
            return;
        }

        stream.StopOperation(operationId);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static async Task ExecuteOnStreamAsync(HttpContext context, RealtimeServices services, string token)
    {
        var stream = services.Reservations.Find(token);
        if (stream is null)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");
            return;
        }

        var identity = await AuthenticateAsync(context, services);
        if (identity is null)
            return;
        var graphQLRequest = await ReadRequestAsync(context);
        if (graphQLRequest is null)
            return;
        if (graphQLRequest.Extensions?.GetValueOrDefault("operationId") is not string { Length: > 0 } operationId)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing");
            return;
        }

        if (stream.OperationCount >= services.Options.MaxOperationsPerConnection)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, "Too many operations on this stream");
            return;
        }

        var cancellation = stream.TryAddOperation(operationId);
        if (cancellation is null)
        {
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status409Conflict, "Operation with ID already exists");
            return;
        }

        EndWhenExpired(cancellation, identity);
        RealtimeOperation operation;
        try
        {
            operation = await services.Executor.StartAsync(graphQLRequest, identity, cancellation.Token);
        }
        catch
        {
            stream.OperationEnded(operationId, cancellation);
            throw;
        }

        if (operation.RequestErrors is { } errors)
        {
            stream.OperationEnded(operationId, cancellation);
            await operation.DisposeAsync();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json; charset=utf-8";
            await ExecutionResultWriter.WriteAsync(ExecutionResult.FromErrors(errors), context.Response.Body);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        _ = RunOnStreamAsync(stream, operationId, cancellation, operation, services);
    }

    private static async Task RunOnStreamAsync(ReservedEventStream stream, string operationId, CancellationTokenSource cancellation, RealtimeOperation operation, RealtimeServices services)
    {
        await Task.Yield();
        try
        {
            await using (operation)
                await PumpAsync(stream.Writer, operation, operationId, cancellation.Token, services.Logger, finish: false);
        }
        finally
        {
            stream.OperationEnded(operationId, cancellation);
        }
    }

    /// <summary>Writes the operation's results as <c>next</c> events, then <c>complete</c> unless stopped.</summary>
    private static async Task PumpAsync(EventStreamWriter writer, RealtimeOperation operation, string? operationId, CancellationToken cancellationToken, ILogger logger, bool finish)
    {
        try
        {
            if (operation.RequestErrors is { } errors)
            {
                writer.TryNext(operationId, ExecutionResult.FromErrors(errors));
            }
            else
            {
                await foreach (var result in operation.Results!.WithCancellation(cancellationToken))
                {
                    if (!writer.TryNext(operationId, result))
                        return;
                }
            }

            if (!cancellationToken.IsCancellationRequested)
                writer.TryComplete(operationId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (SubscriberOverflowException exception)
        {
            logger.LogInformation("Ending an event stream whose subscription overflowed: {Message}", exception.Message);
            writer.OverflowSignal.TrySetResult();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "An operation over SSE failed unexpectedly");
        }
        finally
        {
            if (finish)
                writer.Finish();
        }
    }

    /// <summary>The identity, or null after answering 403 for rejected credentials.</summary>
    private static async Task<ConnectionAuthentication?> AuthenticateAsync(HttpContext context, RealtimeServices services)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var authentication = await services.Authenticator.AuthenticateAsync(
            new ConnectionAuthenticationContext(context, authorization.Length > 0 ? authorization : null, default, Name), context.RequestAborted);
        if (authentication.IsAccepted)
            return authentication;
        await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status403Forbidden, authentication.RejectionReason ?? "Forbidden");
        return null;
    }

    /// <summary>The GraphQL request of a GET (query string) or a POST (JSON body), or null after answering 400/415.</summary>
    private static async Task<ExecutionRequest?> ReadRequestAsync(HttpContext context)
    {
        var request = context.Request;
        string? problem;
        ExecutionRequest? graphQLRequest;
        if (HttpMethods.IsGet(request.Method))
        {
            graphQLRequest = ReadQueryString(request.Query, out problem);
        }
        else if (HttpMethods.IsPost(request.Method))
        {
            if (request.ContentType is not { } contentType || !contentType.Contains("application/json", StringComparison.OrdinalIgnoreCase))
            {
                await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, "Expected an application/json body");
                return null;
            }

            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
                graphQLRequest = GraphQLRequestReader.Read(body.RootElement, out problem);
            }
            catch (JsonException)
            {
                graphQLRequest = null;
                problem = "Unparsable JSON body";
            }
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, "Event streams are requested with GET or POST");
            return null;
        }

        if (graphQLRequest is null)
            await EventStreamWriter.WriteErrorAsync(context, StatusCodes.Status400BadRequest, problem ?? "Invalid request");
        return graphQLRequest;
    }

    private static ExecutionRequest? ReadQueryString(IQueryCollection query, out string? problem)
    {
        problem = null;
        var text = query["query"].ToString();
        if (text.Length == 0)
        {
            problem = "Missing query";
            return null;
        }

        try
        {
            var variables = query["variables"].ToString() is { Length: > 0 } v ? ParseObject(v, "variables") : null;
            var extensions = query["extensions"].ToString() is { Length: > 0 } e ? ParseObject(e, "extensions") : null;
            var operationName = query["operationName"].ToString();
            return new ExecutionRequest(text, operationName.Length > 0 ? operationName : null, variables) { Extensions = extensions };
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
            return null;
        }
    }

    private static IReadOnlyDictionary<string, object?>? ParseObject(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            throw new JsonException($"{name} must be a JSON object");
        return JsonValues.ObjectFromJsonElement(document.RootElement);
    }

    /// <summary>SSE has no close code: when the credentials expire the stream (or operation) just ends.</summary>
    private static void EndWhenExpired(CancellationTokenSource cancellation, ConnectionAuthentication identity)
    {
        if (identity.ExpiresAt is { } expiresAt)
            cancellation.CancelAfter(TimeSpan.FromTicks(Math.Max(0, (expiresAt - DateTimeOffset.UtcNow).Ticks)));
    }
}
