using System.Net.WebSockets;
using System.Text.Json;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Server.Realtime;

namespace Graph.Server.Transports;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of Apollo's subscriptions-transport-ws: <c>connection_init</c> →
/// <c>connection_ack</c> then <c>ka</c> keep-alives, <c>start</c> → <c>data</c>* then <c>complete</c>,
/// <c>stop</c>, <c>connection_terminate</c>. Request errors arrive as <c>data</c> with <c>errors</c> then
/// <c>complete</c> (as that server did); a malformed message gets <c>error</c> or <c>connection_error</c>
/// and the socket stays open. Clients send <c>start</c> right after <c>connection_init</c>, so messages are
/// handled one at a time: a <c>start</c> runs only once its connection is acknowledged.
/// </summary>
internal sealed class SubscriptionsTransportWsProtocol : ISocketMessages
{
    public const string Name = "graphql-ws";

    private readonly HttpContext _context;
    private readonly WebSocketSession _session;
    private readonly RealtimeOptions _options;
    private readonly IConnectionAuthenticator _authenticator;
    private readonly SocketOperations _operations;
    private bool _initReceived;
    private ConnectionAuthentication? _identity;

    private SubscriptionsTransportWsProtocol(HttpContext context, WebSocket socket, RealtimeOptions options, IConnectionAuthenticator authenticator, RealtimeExecutor executor, ILogger logger)
    {
        _context = context;
        _options = options;
        _authenticator = authenticator;
        _session = new WebSocketSession(socket, options);
        _operations = new SocketOperations(executor, _session, this, logger);
    }

    public bool CompleteAfterRequestErrors => true;

    public int InternalErrorCode => RealtimeCloseCodes.InternalError;

    public static async Task RunAsync(HttpContext context, WebSocket socket, RealtimeOptions options, IConnectionAuthenticator authenticator, RealtimeExecutor executor, ILogger logger)
    {
        var protocol = new SubscriptionsTransportWsProtocol(context, socket, options, authenticator, executor, logger);
        await protocol.RunAsync();
    }

    private async Task RunAsync()
    {
        _session.Start();
        _ = CloseUnlessInitializedAsync();
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
        catch (JsonException exception)
        {
            _session.TrySend(Frame("connection_error", null, exception.Message));
            return;
        }

        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                _session.TrySend(Frame("connection_error", null, "Invalid message: no type"));
                return;
            }

            var id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            var payload = message.TryGetProperty("payload", out var p) ? p : default;
            switch (typeElement.GetString())
            {
                case "connection_init":
                    await InitAsync(payload);
                    break;
                case "start":
                    Start(id, payload);
                    break;
                case "stop":
                    if (id is not null)
                        _operations.Stop(id);
                    break;
                case "connection_terminate":
                    _session.Close(RealtimeCloseCodes.NormalClosure, string.Empty);
                    break;
                default:
                    _session.TrySend(Frame("error", id, "Invalid message type!"));
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement payload)
    {
        if (_initReceived)
        {
            _session.TrySend(Frame("connection_error", null, "Too many initialisation requests"));
            _session.Close(RealtimeCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests", flush: true);
            return;
        }

        _initReceived = true;
        var authorization = payload.ValueKind == JsonValueKind.Object
            && (payload.TryGetProperty("authorization", out var a) || payload.TryGetProperty("Authorization", out a))
            && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        var authentication = await _authenticator.AuthenticateAsync(
            new ConnectionAuthenticationContext(_context, authorization, payload, Name), _session.Ended);
        if (!authentication.IsAccepted)
        {
            _session.TrySend(Frame("connection_error", null, authentication.RejectionReason ?? "Forbidden"));
            _session.Close(RealtimeCloseCodes.Forbidden, authentication.RejectionReason ?? "Forbidden", flush: true);
            return;
        }

        _identity = authentication;
        _session.TrySend(Frame("connection_ack", null, null));
        _session.TrySend(Frame("ka", null, null));
        _ = KeepAliveAsync();
        if (authentication.ExpiresAt is { } expiresAt)
            _ = CloseWhenExpiredAsync(expiresAt);
    }

    private void Start(string? id, JsonElement payload)
    {
        if (id is null)
        {
            _session.TrySend(Frame("error", null, "Invalid message: start needs an id"));
            return;
        }

        if (_identity is null)
        {
            _session.TrySend(Frame("error", id, "The connection is not initialized: send connection_init first"));
            return;
        }

        var request = GraphQLRequestReader.Read(payload, out var problem);
        if (request is null)
        {
            _session.TrySend(Frame("error", id, problem!));
            return;
        }

        // subscriptions-transport-ws replaces an operation whose id is reused.
        _operations.Stop(id);
        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            _session.TrySend(Frame("error", id, $"A connection may run at most {_options.MaxOperationsPerConnection} operations at once."));
            return;
        }

        if (!_operations.TryStart(id, request, _identity))
            _session.TrySend(Frame("error", id, "An operation with this id is still stopping"));
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

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_session.Ended))
                _session.TrySend(Frame("ka", null, null));
        }
        catch (OperationCanceledException)
        {
        }
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

        _session.TrySend(Frame("connection_error", null, "The access token expired"));
        _session.Close(RealtimeCloseCodes.Forbidden, "Forbidden: the access token expired", flush: true);
    }

    public OutboundMessage Next(string id, ExecutionResult result) =>
        OutboundMessage.Create((id, result), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", state.id);
            writer.WriteString("type", "data");
            writer.WritePropertyName("payload");
            ExecutionResultWriter.WriteResult(writer, state.result);
            writer.WriteEndObject();
        });

    public OutboundMessage RequestErrors(string id, IReadOnlyList<GraphQLError> errors) => Next(id, ExecutionResult.FromErrors(errors));

    public OutboundMessage? Complete(string id) => Frame("complete", id, null);

    /// <summary>A message with an optional id and, when <paramref name="errorMessage"/> is set, a <c>{message}</c> payload.</summary>
    private static OutboundMessage Frame(string type, string? id, string? errorMessage) =>
        OutboundMessage.Create((type, id, errorMessage), static (writer, state) =>
        {
            writer.WriteStartObject();
            if (state.id is not null)
                writer.WriteString("id", state.id);
            writer.WriteString("type", state.type);
            if (state.errorMessage is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteStartObject();
                writer.WriteString("message", state.errorMessage);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
}
