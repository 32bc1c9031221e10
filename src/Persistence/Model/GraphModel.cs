using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.Persistence.Model;

/// <summary>The EF model of <see cref="GraphDbContext"/> without a database, for what is built from metadata alone
/// (the schema's write inputs).</summary>
public static class GraphModel
{
    private static readonly Lazy<IModel> Model = new(() =>
    {
        using var db = new GraphDbContext(new DbContextOptionsBuilder<GraphDbContext>().UseNpgsql().Options);
        return db.Model;
    });

    public static IModel Instance => Model.Value;
}
