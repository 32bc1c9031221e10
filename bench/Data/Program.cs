using System.Diagnostics;
using System.Text;
using Graph.Bench.Data;
using Graph.Engine.Data;
using Graph.Engine.Execution;
using Graph.Engine.Types;
using Graph.Schema.Data.EntityFramework;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

// Keyset paging benchmark: on a table of one million rows, the first page and a page reached by cursor deep in the
// table should cost about the same (the cursor becomes an indexed WHERE, never an OFFSET). Offset paging to the same
// depth is timed for contrast. Usage: dotnet run -c Release --project bench/Data [-- rows iterations]
var rows = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
var iterations = args.Length > 1 ? int.Parse(args[1]) : 200;

var server = await TestPostgres.GetAsync();
var database = await server.CreateEmptyDatabaseAsync();
try
{
    var options = new DbContextOptionsBuilder<BenchContext>().UseNpgsql(server.ConnectionStringFor(database)).Options;
    await using (var db = new BenchContext(options))
    {
        await db.Database.EnsureCreatedAsync();
        var fill = Stopwatch.StartNew();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO items (\"Id\", \"Name\", \"Value\") SELECT i, 'Item ' || i, i % 1000 FROM generate_series(1, {rows}) AS i");
        await db.Database.ExecuteSqlRawAsync("ANALYZE items");
        Console.WriteLine($"Filled {rows:N0} rows in {fill.Elapsed.TotalSeconds:F1} s");
    }

    GraphSchema schema;
    await using (var db = new BenchContext(options))
    {
        schema = new SchemaBuilder().AddQueryType<BenchQuery>().AddData(o => o.UseEntityFramework<BenchContext>(db.Model)).Build();
    }

    var deepId = rows - rows / 10;
    var deepCursor = Convert.ToBase64String(Encoding.UTF8.GetBytes($"[{deepId}]"));
    const string Selection = "nodes { id name value } pageInfo { hasNextPage endCursor }";
    var firstPage = $"{{ items(first: 50) {{ {Selection} }} }}";
    var deepPage = $"{{ items(first: 50, after: \"{deepCursor}\") {{ {Selection} }} }}";
    var offsetPage = $"{{ itemSegment(skip: {deepId}, take: 50) {{ items {{ id name value }} }} }}";

    var check = await RunAsync(deepPage);
    if (!check.Contains($"\"id\":{deepId + 1},", StringComparison.Ordinal))
    {
        throw new InvalidOperationException("The deep page does not start after the cursor: " + check[..Math.Min(300, check.Length)]);
    }

    if (Environment.GetEnvironmentVariable("BENCH_RAW") == "1")
    {
        var p = deepId;
        Console.WriteLine($"raw EF first: {await TimeAsync(db => db.Items.OrderBy(x => x.Id).Take(51).Select(x => new Item { Id = x.Id, Name = x.Name, Value = x.Value }).ToListAsync()):F3} ms");
        Console.WriteLine($"raw EF deep:  {await TimeAsync(db => db.Items.Where(x => x.Id > p).OrderBy(x => x.Id).Take(51).Select(x => new Item { Id = x.Id, Name = x.Name, Value = x.Value }).ToListAsync()):F3} ms");
    }

    // Alternating the two queries exposes both to the same machine load (this machine is shared).
    var (first, deep) = await MedianPairAsync(firstPage, deepPage);
    var offset = await MedianAsync(offsetPage, Math.Max(5, iterations / 20));
    Console.WriteLine($"first page (keyset):            median {first:F3} ms");
    Console.WriteLine($"page after row {deepId:N0} (keyset): median {deep:F3} ms");
    Console.WriteLine($"same depth by OFFSET:            median {offset:F3} ms");
    Console.WriteLine($"ratio deep/first (keyset): {deep / first:F2}");
    Console.WriteLine($"ratio offset/first:        {offset / first:F2}");
    return deep / first <= 1.5 ? 0 : 1;

    async Task<(double A, double B)> MedianPairAsync(string a, string b)
    {
        for (var i = 0; i < 20; i++)
        {
            await RunAsync(a);
            await RunAsync(b);
        }

        var timesA = new double[iterations];
        var timesB = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await RunAsync(a);
            timesA[i] = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            await RunAsync(b);
            timesB[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(timesA);
        Array.Sort(timesB);
        return (timesA[iterations / 2], timesB[iterations / 2]);
    }

    async Task<double> MedianAsync(string query, int count = 0)
    {
        count = count > 0 ? count : iterations;
        for (var i = 0; i < 10; i++)
        {
            await RunAsync(query);
        }

        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await RunAsync(query);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[count / 2];
    }

    async Task<double> TimeAsync(Func<BenchContext, Task<List<Item>>> run)
    {
        var times = new double[iterations];
        for (var i = -10; i < iterations; i++)
        {
            await using var db = new BenchContext(options);
            var watch = Stopwatch.StartNew();
            await run(db);
            if (i >= 0)
            {
                times[i] = watch.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(times);
        return times[iterations / 2];
    }

    async Task<string> RunAsync(string query)
    {
        await using var db = new BenchContext(options);
        var result = await GraphQLExecutor.ExecuteAsync(schema, new ExecutionRequest(query), new ExecutionOptions { Services = new Services(db) });
        return ExecutionResultWriter.ToJson(result);
    }
}
finally
{
    await server.DropDatabaseAsync(database);
}
