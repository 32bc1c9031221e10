using Npgsql;

namespace Graph.Persistence.Migrations;

/// <summary>
/// Whether a failure only says the schema is not there yet (a table or column a pending migration creates): what a
/// background loop meets when it starts before the first migration has run. Such loops wait and say so once, with no
/// stack trace; anything else is still a failure to report.
/// </summary>
public static class DatabaseNotMigrated
{
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn })
                return true;
        }

        return false;
    }
}
