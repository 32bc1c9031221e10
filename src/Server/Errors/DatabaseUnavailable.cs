using Graph.Engine;
using Npgsql;

namespace Graph.Server.Errors;

/// <summary>
/// Failures that mean the database cannot be reached right now (down, restarting, backends terminated, the pool empty
/// past its timeout), not that the request was wrong: answered 503 with a GraphQL error and <c>Retry-After</c>, logged
/// as a warning without a stack trace, instead of an "Unexpected Execution Error".
/// </summary>
public static class DatabaseUnavailable
{
    public const string Code = "DATABASE_UNAVAILABLE";

    public const string Message = "The database is unavailable; try again shortly.";

    /// <summary>Seconds a client is asked to wait.</summary>
    public const string RetryAfterSeconds = "1";

    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow:
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException or TimeoutException:
                    return true;
            }
        }

        return false;
    }

    public static GraphQLError Error(IReadOnlyList<Engine.Language.Location>? locations = null, IReadOnlyList<object>? path = null) =>
        new(Message, locations, path, new Dictionary<string, object?> { ["code"] = Code });
}
