using System.Buffers;
using System.Text;
using Graph.Engine;
using Graph.Engine.Authorization;
using Graph.Engine.Execution;
using Graph.Engine.Language;
using Graph.Engine.Types;
using Graph.Persistence.Identity;
using Graph.Persistence.Outbox;
using Graph.Schema.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Schema.Webhooks;

/// <summary>
/// A webhook's subscription document: checked at registration, and run for each outbox event as its owner, through
/// the same subscribe and execute steps (and so the same row rules and field authorization) as a socket subscriber's.
/// </summary>
public sealed class WebhookDocuments(GraphSchema schema, IServiceScopeFactory scopes)
{
    public const int MaxLength = 65536;

    /// <summary>How long one event's execution may take before it answers a timeout error.</summary>
    private static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(30);

    // Parsed and validated once per document text (the engine's DocumentStep over a cache of its own).
    private readonly ExecutionOptions _parsing = new() { OperationCache = new OperationCache(capacity: 500) };

    /// <summary>
    /// Checks <paramref name="text"/> is one valid subscription operation without variables that its owner may
    /// subscribe to, and answers the outbox topic it listens to; else why it is refused.
    /// </summary>
    public async Task<(string? Topic, string? Refusal)> RegisterAsync(string text, Guid ownerId, IReadOnlyList<Role> ownerRoles, CancellationToken cancellationToken)
    {
        if (text.Length > MaxLength)
            return (null, $"The subscription document is longer than {MaxLength} characters.");
        var document = Load(text, out var errors);
        if (document is null)
            return (null, "The subscription document is not valid: " + string.Join(" ", errors.Select(e => e.Message)));
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations is not [{ Operation: OperationType.Subscription } operation])
            return (null, "The subscription document must hold exactly one operation, a subscription.");
        if (operation.VariableDefinitions.Count > 0)
            return (null, "A webhook's subscription takes no variables; write its argument values in the document.");

        var receiver = new SingleEventReceiver(null);
        var refusal = await RunAsync(document, ownerId, ownerRoles, receiver, cancellationToken) switch
        {
            ({ } failed, _) => "The owner cannot subscribe to this document: " + string.Join(" ", failed.Errors!.Select(e => e.Message)),
            _ when receiver.Topic is null => "The subscription field does not listen to platform events.",
            _ => null,
        };
        return refusal is null ? (receiver.Topic, null) : (null, refusal);
    }

    /// <summary>
    /// The JSON (<c>data</c> and <c>errors</c>) <paramref name="outboxEvent"/> produces for the document as its owner,
    /// or null when it produces no response (the owner may not see the event's node, or the document's arguments do
    /// not select it, or the owner may no longer subscribe at all).
    /// </summary>
    public async ValueTask<string?> ExecuteAsync(string text, Guid ownerId, IReadOnlyList<Role> ownerRoles, OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        var document = Load(text, out _);
        if (document is null)
            return null;
        var (_, responses) = await RunAsync(document, ownerId, ownerRoles, new SingleEventReceiver(outboxEvent), cancellationToken);
        if (responses is not [var response, ..])
            return null;
        var output = new ArrayBufferWriter<byte>();
        ExecutionResultWriter.Write(response, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private DocumentNode? Load(string text, out IReadOnlyList<GraphQLError> errors)
    {
        var cached = DocumentStep.GetDocument(schema, text, _parsing, out var syntaxErrors);
        errors = cached?.ValidationErrors ?? syntaxErrors;
        return errors.Count == 0 ? cached?.Document : null;
    }

    /// <summary>Subscribes as the owner and reads the stream to its end: the subscribe step's errors, or the responses.</summary>
    private async Task<(ExecutionResult? Refused, List<ExecutionResult> Responses)> RunAsync(
        DocumentNode document, Guid ownerId, IReadOnlyList<Role> ownerRoles, SingleEventReceiver receiver, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var owner = Viewers.Principal(ownerId, ownerRoles);
        Viewers.ReadAs(scope.ServiceProvider, owner);
        var options = new ExecutionOptions
        {
            CancellationToken = cancellationToken,
            Timeout = ExecutionTimeout,
            Services = new WebhookServices(scope.ServiceProvider, receiver),
            ContextData = new Dictionary<string, object?> { [AuthorizationSchema.ClaimsPrincipalKey] = owner },
            IncludeExceptionDetails = false,
        };
        var subscription = await Executor.SubscribeAsync(schema, document, options: options);
        var responses = new List<ExecutionResult>();
        if (subscription.Stream is not { } stream)
            return (subscription.ErrorResult, responses);
        // The receiver's stream ends after its one event, so this returns; the scope must outlive the responses.
        await foreach (var response in stream.WithCancellation(cancellationToken))
            responses.Add(response);
        return (null, responses);
    }
}
