using Npgsql;
using static Graph.Persistence.Seeding.Scale.ScaleVocabulary;

namespace Graph.Persistence.Seeding.Scale;

/// <summary>Makes the scale data set and streams it table by table over binary COPY. Every key is made here
/// (UUID v7 from the row's creation time), so rows can reference rows of tables loaded later (lead and
/// student point at each other). What a later table needs of an earlier one is kept in arrays; nothing
/// else is held in memory. The draw is seeded: the same N makes the same rows, ids and emails aside.</summary>
internal sealed partial class ScaleGenerator
{
    private static readonly TimeSpan History = TimeSpan.FromDays(730);

    private readonly ScalePlan _plan;
    private readonly ScaleCatalog _catalog;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _start;
    private readonly string _runTag;
    private readonly string _passwordHash;
    private readonly Random _random;
    private Action<long> _rowsWritten;

    public ScaleGenerator(ScalePlan plan, ScaleCatalog catalog, DateTimeOffset now, string runTag, string passwordHash, Action<long> rowsWritten)
    {
        _plan = plan;
        _catalog = catalog;
        _now = now;
        _today = DateOnly.FromDateTime(now.UtcDateTime);
        _start = now - History;
        _runTag = runTag;
        _passwordHash = passwordHash;
        _random = new Random(plan.Bookings);
        _rowsWritten = rowsWritten;
    }

    /// <summary>Rows written per table, in load order.</summary>
    public Dictionary<string, long> Counts { get; } = [];

    /// <summary>
    /// The steps that write tables, each a method marked <see cref="ScaleTablesAttribute"/> in this class's module files,
    /// in their order: a new entity's scale rows are one more such method, and no list here grows.
    /// </summary>
    private static readonly (ScaleTablesAttribute Tables, Action<ScaleGenerator, NpgsqlConnection> Write)[] Steps =
        typeof(ScaleGenerator).GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            .Select(m => (Tables: m.GetCustomAttributes(typeof(ScaleTablesAttribute), false).OfType<ScaleTablesAttribute>().SingleOrDefault(), Method: m))
            .Where(s => s.Tables is not null)
            .OrderBy(s => s.Tables!.Order)
            .Select(s => (s.Tables!, (Action<ScaleGenerator, NpgsqlConnection>)s.Method.CreateDelegate(typeof(Action<ScaleGenerator, NpgsqlConnection>))))
            .ToArray();

    /// <summary>Every table the run loads, in load order.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. Steps.SelectMany(s => s.Tables.Names).Distinct()];

    private CancellationToken _cancellationToken;

    /// <summary>The steps that load with the keys, foreign keys and indexes dropped.</summary>
    public void Write(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        PlanCrm();
        foreach (var (_, write) in Steps.Where(s => !s.Tables.AfterKeys))
            write(this, connection);
    }

    /// <summary>The steps marked <see cref="ScaleTablesAttribute.AfterKeys"/>, once the keys, foreign keys and indexes are back;
    /// rows written there report to <paramref name="rowsWritten"/>.</summary>
    public void WriteAfterKeys(NpgsqlConnection connection, Action<long> rowsWritten, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _rowsWritten = rowsWritten;
        foreach (var (_, write) in Steps.Where(s => s.Tables.AfterKeys))
            write(this, connection);
    }

    private CopyWriter Copy(NpgsqlConnection connection, string table, string columns) => new(connection, table, columns, _rowsWritten, _cancellationToken);

    /// <summary>Ends a COPY; a table written by several steps counts all their rows.</summary>
    private void Done(string table, CopyWriter writer)
    {
        writer.Complete();
        Counts[table] = Counts.GetValueOrDefault(table) + writer.Rows;
    }

    /// <summary>One statement of a step (a set-based move after a COPY), with positional parameters.</summary>
    private void Execute(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var parameter in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        command.ExecuteNonQuery();
    }

    /// <summary>The i-th of <paramref name="count"/> moments spread evenly from <paramref name="from"/> over
    /// <paramref name="span"/>, jittered within its slot, so a table's rows come in creation order.</summary>
    private DateTimeOffset Slot(DateTimeOffset from, TimeSpan span, long i, long count) =>
        from + span * ((i + _random.NextDouble()) / count);

    private static Guid IdAt(DateTimeOffset createdAt) => Guid.CreateVersion7(createdAt);

    private DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? from : from + (to - from) * _random.NextDouble();

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private decimal Money(double value) => Math.Round((decimal)value, 2);

    private static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

    // A person's name from an index, the same every time it is asked for.
    private static (int First, int Last) NameOf(long index, int salt) =>
        ((int)((index * 7919 + salt * 104729) % FirstNames.Length), (int)((index * 6151 + salt * 31337 + index / FirstNames.Length) % LastNames.Length));
}

/// <summary>Marks a step of <see cref="ScaleGenerator"/> that writes <see cref="Names"/>; steps run by <see cref="Order"/>
/// (a table after those it refers to).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ScaleTablesAttribute(int order, params string[] names) : Attribute
{
    public int Order { get; } = order;

    public IReadOnlyList<string> Names { get; } = names;

    /// <summary>The step runs after the bulk load, once the keys, foreign keys and indexes are back: for rows whose
    /// triggers look other rows up by key (without the keys, each lookup would scan a whole table).</summary>
    public bool AfterKeys { get; init; }
}

/// <summary>The catalogue rows the scale data refers to, read back after ensuring they exist.</summary>
internal sealed record ScaleCatalog((Guid Id, decimal Price)[] LabTests, (Guid Id, decimal Price, int Weeks)[] Programs);
