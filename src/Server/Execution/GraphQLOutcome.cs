using Graph.Engine.Execution;

namespace Graph.Server.Execution;

/// <summary>How a GraphQL request ended, which decides the HTTP status under <c>application/graphql-response+json</c>.</summary>
public enum GraphQLOutcomeKind
{
    /// <summary>Execution started: the response has <c>data</c> (perhaps null, perhaps with field errors).</summary>
    Executed,

    /// <summary>A request error (§7.1.2): syntax, validation, unknown operation or variable coercion; no <c>data</c>.</summary>
    RequestError,

    /// <summary>The operation's type may not run over this method (a mutation over GET): 405.</summary>
    OperationNotAllowed,

    /// <summary>The operation ran past the configured timeout.</summary>
    Timeout,

    /// <summary>A rate limit refused it (sign-in operations): 429 with <c>Retry-After</c>.</summary>
    RateLimited,

    /// <summary>The database could not be reached (<see cref="Errors.DatabaseUnavailable"/>): 503 with <c>Retry-After</c>.</summary>
    ServiceUnavailable,
}

public sealed record GraphQLOutcome(ExecutionResult Result, GraphQLOutcomeKind Kind);
