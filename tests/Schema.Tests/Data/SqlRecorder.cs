using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Schema.Tests.Data;

/// <summary>Records every SQL command EF Core sends, with its parameters, so tests can count and inspect them.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public void Clear()
    {
        lock (_commands)
        {
            _commands.Clear();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        var text = new StringBuilder();
        foreach (DbParameter parameter in command.Parameters)
        {
            text.Append("-- ").Append(parameter.ParameterName).Append(" = ").Append(Format(parameter.Value)).Append('\n');
        }

        text.Append(command.CommandText);
        lock (_commands)
        {
            _commands.Add(text.ToString());
        }
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => $"'{s}'",
        System.Collections.IEnumerable items => "{" + string.Join(", ", items.Cast<object?>().Select(Format)) + "}",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
