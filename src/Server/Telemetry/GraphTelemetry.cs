using System.Diagnostics;
using System.Diagnostics.Metrics;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Server.Telemetry;

/// <summary>
/// The server's spans and metrics, on <see cref="ActivitySource"/> and <see cref="Meter"/> named <see cref="Name"/>:
/// one <c>GraphQL Operation</c> span per request (operation name, type and document hash, as HotChocolate's
/// diagnostics tag it) around the engine's parse, validate and execute spans; webhook delivery and outbox fan-out
/// spans; operation duration by name and type, errors by code, active subscriptions, and the webhook queue's depth
/// and age. Instruments nobody listens to cost next to nothing, so they are always there; an exporter is another
/// matter (<see cref="TelemetryServiceCollectionExtensions.AddGraphTelemetry"/>).
/// </summary>
public sealed class GraphTelemetry
{
    public const string Name = "Graph.Server";

    public static readonly ActivitySource Source = new(Name);

    private readonly Histogram<double> _operationDuration;
    private readonly Counter<long> _errors;
    private readonly UpDownCounter<long> _activeSubscriptions;

    /// <param name="webhookBacklog">Reads the webhook queue (pending deliveries, age of the oldest) when a reader
    /// collects; null where the host has no database.</param>
    public GraphTelemetry(IMeterFactory meters, Func<(long Depth, double OldestAgeSeconds)>? webhookBacklog = null)
    {
        var meter = meters.Create(Name);
        _operationDuration = meter.CreateHistogram<double>(
            "graphql.operation.duration", "s", "How long GraphQL operations take, by operation name and type.");
        _errors = meter.CreateCounter<long>("graphql.errors", "{error}", "GraphQL errors answered, by extensions.code.");
        _activeSubscriptions = meter.CreateUpDownCounter<long>("graphql.subscriptions.active", "{subscription}", "Subscriptions running now.");
        if (webhookBacklog is not null)
        {
            meter.CreateObservableGauge("graph.webhooks.queue.depth", () => webhookBacklog().Depth, "{delivery}", "Webhook deliveries waiting to be sent.");
            meter.CreateObservableGauge(
                "graph.webhooks.queue.age", () => webhookBacklog().OldestAgeSeconds, "s", "How long the oldest waiting webhook delivery has waited.");
        }
    }

    /// <summary>Starts the span and the clock of one operation.</summary>
    public OperationTelemetry StartOperation(string transport) => new(this, Source.HasListeners() ? Source.StartActivity("GraphQL Operation") : null, transport);

    internal void Record(double seconds, string name, string type, IReadOnlyList<GraphQLError>? errors)
    {
        _operationDuration.Record(seconds, new("graphql.operation.name", name), new("graphql.operation.type", type));
        foreach (var error in errors ?? [])
            _errors.Add(1, new KeyValuePair<string, object?>("graphql.error.code", error.Code ?? "NONE"));
    }

    /// <summary>Counts the subscription as active while <paramref name="events"/> is being read.</summary>
    public async IAsyncEnumerable<ExecutionResult> CountActive(
        IAsyncEnumerable<ExecutionResult> events, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _activeSubscriptions.Add(1);
        try
        {
            await foreach (var result in events.WithCancellation(cancellationToken))
                yield return result;
        }
        finally
        {
            _activeSubscriptions.Add(-1);
        }
    }
}

/// <summary>One operation's span and clock: <see cref="Describe"/> once its document is known, <see cref="Complete"/>
/// with its result.</summary>
public sealed class OperationTelemetry(GraphTelemetry telemetry, Activity? activity, string transport) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _name = "anonymous";
    private string _type = "unknown";

    public Activity? Activity => activity;

    /// <summary>Names the span after the operation that will run (OpenTelemetry's "{type} {name}").</summary>
    public void Describe(CachedDocument document, string? operationName)
    {
        var operation = document.Document.Definitions.OfType<OperationDefinitionNode>()
            .FirstOrDefault(o => operationName is null || o.Name?.Value == operationName);
        _name = operation?.Name?.Value ?? operationName ?? "anonymous";
        _type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        if (activity is null)
            return;
        activity.DisplayName = $"{_type} {_name}";
        activity.SetTag("graphql.operation.name", _name);
        activity.SetTag("graphql.operation.type", _type);
        activity.SetTag("graphql.document.hash", document.Hash);
        activity.SetTag("graphql.transport", transport);
    }

    public void Complete(ExecutionResult result)
    {
        telemetry.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, _name, _type, result.Errors);
        if (activity is not null && result.Errors is { Count: > 0 } errors)
        {
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
            activity.SetTag("graphql.errors.count", errors.Count);
        }
    }

    public void Dispose() => activity?.Dispose();
}
