using Graph.Engine.Data;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Schema.Data.EntityFramework;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Graph.Schema.Tests.Data;

/// <summary>
/// A test class's database (cloned from the migrated template by <see cref="DatabaseFixture"/>) with the library
/// tables created in it and seeded deterministically, the GraphQL schema over them, and a way to run requests
/// while recording the SQL they send.
/// </summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new();
    private DbContextOptions<LibraryContext>? _plainOptions;

    public GraphSchema Schema { get; private set; } = null!;

    /// <summary>The seeded rows, as loaded back from the database (for computing expected results).</summary>
    public List<Author> Authors { get; private set; } = [];

    public List<Book> Books { get; private set; } = [];

    public List<Review> Reviews { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _plainOptions = new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(_database.ConnectionString).Options;
        await using (var db = new LibraryContext(_plainOptions))
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            LibrarySeed.Fill(db);
            await db.SaveChangesAsync();
        }

        await using (var db = new LibraryContext(_plainOptions))
        {
            Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            Books = await db.Books.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
            Reviews = await db.Reviews.AsNoTracking().Include(r => r.Comments).OrderBy(r => r.Id).ToListAsync();
            Schema = new SchemaBuilder()
                .AddQueryType<LibraryQuery>()
                .AddData(o => o.UseEntityFramework<LibraryContext>(db.Model))
                .Build();
        }
    }

    public LibraryContext CreateContext(SqlRecorder? recorder = null)
    {
        var builder = new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(_database.ConnectionString);
        if (recorder is not null)
        {
            builder.AddInterceptors(recorder);
        }

        return new LibraryContext(builder.Options);
    }

    /// <summary>Runs a request on a fresh DbContext and returns the response JSON.</summary>
    public async Task<string> RunAsync(string query, SqlRecorder? recorder = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var db = CreateContext(recorder);
        var result = await GraphQLExecutor.ExecuteAsync(
            Schema,
            new ExecutionRequest(query, Variables: variables),
            new ExecutionOptions { Services = new Services(db) });
        return ExecutionResultWriter.ToJson(result);
    }

    /// <summary>Runs SQL directly (an oracle for orderings that depend on the database's collation).</summary>
    public async Task<List<int>> IdsAsync(string sql) =>
        (await Sql.ColumnAsync(_database.ConnectionString, sql)).Select(int.Parse).ToList();

    public Task DisposeAsync() => _database.DisposeAsync();

    private sealed class Services(LibraryContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LibraryContext) ? db : null;
    }
}
