using Graph.Engine.Data;
using Graph.Engine.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Bench.Data;

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Value { get; set; }
}

[GraphQLName("Query")]
public sealed class BenchQuery
{
    [UseConnection]
    public IQueryable<Item> GetItems([Service] BenchContext db) => db.Items;

    [UseConnection(Paging = PagingKind.Offset, MaxPageSize = 100)]
    public IQueryable<Item> GetItemSegment([Service] BenchContext db) => db.Items;
}

public sealed class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Item>().ToTable("items").Property(i => i.Id).ValueGeneratedNever();
    }
}

internal sealed class Services(BenchContext db) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(BenchContext) ? db : null;
}
