using Npgsql;
using NpgsqlTypes;

namespace Graph.Persistence.Seeding.Scale;

/// <summary>One binary COPY into a table, counting rows for the progress bar. The synchronous writes are on
/// purpose: per-value async calls would cost more than the generation itself. Cancellation is checked every
/// few thousand rows; disposing the writer without <see cref="Complete"/> cancels the COPY.</summary>
internal sealed class CopyWriter : IDisposable
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly Action<long> _rowsWritten;
    private readonly CancellationToken _cancellationToken;
    private long _pending;

    public CopyWriter(NpgsqlConnection connection, string table, string columns, Action<long> rowsWritten, CancellationToken cancellationToken)
    {
        _importer = connection.BeginBinaryImport($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        _rowsWritten = rowsWritten;
        _cancellationToken = cancellationToken;
    }

    public long Rows { get; private set; }

    public void StartRow()
    {
        _importer.StartRow();
        Rows++;
        if (++_pending == 10_000)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _rowsWritten(_pending);
            _pending = 0;
        }
    }

    /// <summary><see cref="Guid.Empty"/> is "no reference": it is written as NULL.</summary>
    public void Uuid(Guid value)
    {
        if (value == Guid.Empty)
            _importer.WriteNull();
        else
            _importer.Write(value, NpgsqlDbType.Uuid);
    }

    public void Text(string? value)
    {
        if (value is null)
            _importer.WriteNull();
        else
            _importer.Write(value, NpgsqlDbType.Text);
    }

    public void TextArray(string[] value) => _importer.Write(value, NpgsqlDbType.Array | NpgsqlDbType.Text);

    /// <summary>A jsonb value from its JSON text; null writes NULL.</summary>
    public void Json(string? value)
    {
        if (value is null)
            _importer.WriteNull();
        else
            _importer.Write(value, NpgsqlDbType.Jsonb);
    }

    public void Integer(int value) => _importer.Write(value, NpgsqlDbType.Integer);

    public void Integer(int? value)
    {
        if (value is { } number)
            Integer(number);
        else
            _importer.WriteNull();
    }

    public void Boolean(bool value) => _importer.Write(value, NpgsqlDbType.Boolean);

    public void Numeric(decimal value) => _importer.Write(value, NpgsqlDbType.Numeric);

    public void Numeric(decimal? value)
    {
        if (value is { } v)
            _importer.Write(v, NpgsqlDbType.Numeric);
        else
            _importer.WriteNull();
    }

    public void Timestamp(DateTimeOffset value) => _importer.Write(value, NpgsqlDbType.TimestampTz);

    public void Timestamp(DateTimeOffset? value)
    {
        if (value is { } v)
            _importer.Write(v, NpgsqlDbType.TimestampTz);
        else
            _importer.WriteNull();
    }

    public void Date(DateOnly value) => _importer.Write(value, NpgsqlDbType.Date);

    public void Date(DateOnly? value)
    {
        if (value is { } v)
            _importer.Write(v, NpgsqlDbType.Date);
        else
            _importer.WriteNull();
    }

    public void Complete()
    {
        _importer.Complete();
        _rowsWritten(_pending);
        _pending = 0;
    }

    public void Dispose() => _importer.Dispose();
}
