using System.Net.WebSockets;
using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Server.Realtime;

namespace Graph.Server.Transports;

/// <summary>
/// The <c>graphql-transport-ws</c> subprotocol (GraphQL over WebSocket, graphql-ws's PROTOCOL.md):
/// <c>connection_init</c> → <c>connection_ack</c>, <c>ping</c>/<c>pong</c>, <c>subscribe</c> →
/// <c>next</c>* then <c>complete</c> (or <c>error</c> for syntax and validation errors), client
/// <c>complete</c> to stop. Close codes: 4400 invalid message, 4401 subscribe before ack, 4403 rejected
/// or expired credentials, 4408 no init in time, 4409 duplicate id, 4429 second init, 1013 slow client,
/// 4500 server error.
/// </summary>
internal sealed class GraphQLTransportWsProtocol : ISocketMessages
{
    public const string Name = "graphql-transport-ws";

    private readonly HttpContext _context;
    private readonly WebSocketSession _session;
    private readonly RealtimeOptions _options;
    private readonly IConnectionAuthenticator _authenticator;
    private readonly SocketOperations _operations;
    private bool _initReceived;
    private ConnectionAuthentication? _identity;

    private GraphQLTransportWsProtocol(HttpContext context, WebSocket socket, RealtimeOptions options, IConnectionAuthenticator authenticator, RealtimeExecutor executor, ILogger logger)
    {
        _context = context;
        _options = options;
        _authenticator = authenticator;
        _session = new WebSocketSession(socket, options);
        _operations = new SocketOperations(executor, _session, this, logger);
    }

    public bool CompleteAfterRequestErrors => false;

    public int InternalErrorCode => RealtimeCloseCodes.InternalServerError;

    public static async Task RunAsync(HttpContext context, WebSocket socket, RealtimeOptions options, IConnectionAuthenticator authenticator, RealtimeExecutor executor, ILogger logger)
    {
        var protocol = new GraphQLTransportWsProtocol(context, socket, options, authenticator, executor, logger);
        await protocol.RunAsync();
    }

    private async Task RunAsync()
    {
        _session.Start();
        _ = CloseUnlessInitializedAsync();
        _ = PingAsync();
        try
        {
            while (!_session.IsClosing && await _session.ReceiveAsync() is { } received)
            {
                try
                {
                    await HandleAsync(received);
                }
                finally
                {
                    received.Release();
                }
            }
        }
        finally
        {
            await _operations.StopAllAsync(_options.CloseTimeout);
            await _session.CompleteAsync();
        }
    }

    private async Task HandleAsync(ReceivedMessage received)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(received.Memory);
        }
        catch (JsonException)
        {
            _session.Close(RealtimeCloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                _session.Close(RealtimeCloseCodes.BadRequest, "Invalid message received: no type");
                return;
            }

            var payload = message.TryGetProperty("payload", out var p) ? p : default;
            switch (typeElement.GetString())
            {
                case "connection_init":
                    await InitAsync(payload);
                    break;
                case "ping":
                    _session.TrySend(Frame("pong", payload));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(message, payload);
                    break;
                case "complete":
                    if (ReadId(message) is { } id)
                        _operations.Stop(id);
                    break;
                default:
                    _session.Close(RealtimeCloseCodes.BadRequest, $"Invalid message received: unexpected type {typeElement.GetString()}");
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement payload)
    {
        if (_initReceived)
        {
            _session.Close(RealtimeCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            _session.Close(RealtimeCloseCodes.BadRequest, "Invalid message received: connection_init payload must be an object");
            return;
        }

        var authentication = await _authenticator.AuthenticateAsync(
            new ConnectionAuthenticationContext(_context, ReadAuthorization(payload), payload, Name), _session.Ended);
        if (!authentication.IsAccepted)
        {
            _session.Close(RealtimeCloseCodes.Forbidden, authentication.RejectionReason ?? "Forbidden");
            return;
        }

        _identity = authentication;
        _session.TrySend(Frame("connection_ack", default));
        if (authentication.ExpiresAt is { } expiresAt)
            _ = CloseWhenExpiredAsync(expiresAt);
    }

    private void Subscribe(JsonElement message, JsonElement payload)
    {
        if (ReadId(message) is not { } id)
            return;
        if (_identity is null)
        {
            _session.Close(RealtimeCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var request = GraphQLRequestReader.Read(payload, out var problem);
        if (request is null)
        {
            _session.Close(RealtimeCloseCodes.BadRequest, $"Invalid message received: {problem}");
            return;
        }

        if (_operations.Contains(id))
        {
            _session.Close(RealtimeCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            _session.TrySend(RequestErrors(id, [new GraphQLError($"A connection may run at most {_options.MaxOperationsPerConnection} operations at once.")]));
            return;
        }

        _operations.TryStart(id, request, _identity);
    }

    /// <summary>The message's id, or null after closing with 4400 when it has none.</summary>
    private string? ReadId(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value)
            return value;
        _session.Close(RealtimeCloseCodes.BadRequest, "Invalid message received: missing id");
        return null;
    }

    private static string? ReadAuthorization(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var property in payload.EnumerateObject())
        {
            if (property.NameEquals("authorization") || property.NameEquals("Authorization"))
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        }

        return null;
    }

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _session.Ended);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_initReceived)
            _session.Close(RealtimeCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    private async Task CloseWhenExpiredAsync(DateTimeOffset expiresAt)
    {
        try
        {
            var wait = expiresAt - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, _session.Ended);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        _session.Close(RealtimeCloseCodes.Forbidden, "Forbidden: the access token expired");
    }

    private async Task PingAsync()
    {
        if (_options.PingInterval is not { } interval)
            return;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_session.Ended))
                _session.TrySend(Frame("ping", default));
        }
        catch (OperationCanceledException)
        {
        }
    }

    public OutboundMessage Next(string id, ExecutionResult result) =>
        OutboundMessage.Create((id, result), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", state.id);
            writer.WriteString("type", "next");
            writer.WritePropertyName("payload");
            ExecutionResultWriter.WriteResult(writer, state.result);
            writer.WriteEndObject();
        });

    public OutboundMessage RequestErrors(string id, IReadOnlyList<GraphQLError> errors) =>
        OutboundMessage.Create((id, errors), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", state.id);
            writer.WriteString("type", "error");
            writer.WritePropertyName("payload");
            ExecutionResultWriter.WriteErrors(writer, state.errors);
            writer.WriteEndObject();
        });

    public OutboundMessage? Complete(string id) =>
        OutboundMessage.Create(id, static (writer, id) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "complete");
            writer.WriteEndObject();
        });

    private static OutboundMessage Frame(string type, JsonElement payload) =>
        OutboundMessage.Create((type, payload), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", state.type);
            if (state.payload.ValueKind is not JsonValueKind.Undefined)
            {
                writer.WritePropertyName("payload");
                state.payload.WriteTo(writer);
            }

            writer.WriteEndObject();
        });
}
