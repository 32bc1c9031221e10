using System.Diagnostics;

namespace Graph.Engine.Execution;

/// <summary>
/// The engine's trace spans, on <see cref="System.Diagnostics.ActivitySource"/> so the engine needs no telemetry
/// library: a tracer that listens to <see cref="SourceName"/> (OpenTelemetry's <c>AddSource</c>) receives
/// <c>GraphQL Parse</c>, <c>GraphQL Validate</c> and <c>GraphQL Execute</c>, and one <c>GraphQL Resolve</c> span per
/// resolver call when <see cref="ExecutionOptions.TraceResolvers"/> asks for them (opt-in, as HotChocolate's resolver
/// diagnostics are: a span per field costs more than the field). Nobody listening costs one check per step.
/// </summary>
public static class EngineActivities
{
    public const string SourceName = "Graph.Engine";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts a span under the current one, or answers null when nobody listens.</summary>
    internal static Activity? Start(string name) => Source.HasListeners() ? Source.StartActivity(name) : null;

    /// <summary>Marks <paramref name="activity"/> failed when the step produced errors.</summary>
    internal static void Failed(Activity? activity, int errors)
    {
        if (activity is not null && errors > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag("graphql.errors.count", errors);
        }
    }
}
