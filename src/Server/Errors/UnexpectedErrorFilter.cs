using System.Diagnostics;
using Graph.Engine;
using Graph.Engine.Execution;
using Graph.Engine.Types;

namespace Graph.Server.Errors;

/// <summary>
/// One request's filter for errors caused by unexpected exceptions (anything but a <see cref="GraphQLException"/>
/// or a scalar's <see cref="CoercionException"/>): the client gets "Unexpected Execution Error" with
/// <c>extensions.code</c> and a <c>correlationId</c>; the log gets the exception under the same id. With
/// <paramref name="includeDetails"/> (Development) the exception's message and stack trace join the extensions.
/// </summary>
public sealed class UnexpectedErrorFilter(ILogger logger, bool includeDetails) : IErrorFilter
{
    private string? _correlationId;

    /// <summary>The request's trace id when tracing runs (so logs and traces line up), else a new id.</summary>
    public string CorrelationId => _correlationId ??=
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : Guid.NewGuid().ToString("N");

    public GraphQLError OnError(GraphQLError error)
    {
        if (error.Exception is null or GraphQLException or CoercionException)
            return error;
        if (DatabaseUnavailable.Is(error.Exception))
        {
            logger.LogWarning("The database is unavailable at {Path}: {Message}", error.Path is null ? "(request)" : string.Join('.', error.Path), error.Exception.Message);
            return DatabaseUnavailable.Error(error.Locations, error.Path);
        }

        return Report(error.Exception, error.Locations, error.Path);
    }

    /// <summary>Logs <paramref name="exception"/> and returns the error the client sees.</summary>
    public GraphQLError Report(Exception exception, IReadOnlyList<Engine.Language.Location>? locations = null, IReadOnlyList<object>? path = null)
    {
        var correlationId = CorrelationId;
        logger.LogError(
            exception,
            "Unexpected execution error {CorrelationId} at {Path}: {Message}",
            correlationId,
            path is null ? "(request)" : string.Join('.', path),
            exception.Message);

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.UnexpectedExecutionError,
            ["correlationId"] = correlationId,
        };
        if (includeDetails)
        {
            extensions["message"] = exception.Message;
            extensions["stackTrace"] = exception.StackTrace;
        }

        return new GraphQLError(ErrorCodes.UnexpectedExecutionErrorMessage, locations, path, extensions, exception);
    }
}
