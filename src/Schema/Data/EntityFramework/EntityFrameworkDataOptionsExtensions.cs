using Graph.Engine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.Schema.Data.EntityFramework;

public static class EntityFrameworkDataOptionsExtensions
{
    /// <summary>
    /// Runs the data conventions on EF Core: <c>builder.AddData(o =&gt; o.UseEntityFramework&lt;AppDbContext&gt;(model))</c>.
    /// The model gives entity keys; the request's <typeparamref name="TContext"/> (from the request services) runs
    /// the queries.
    /// </summary>
    public static DataOptions UseEntityFramework<TContext>(this DataOptions options, IModel? model = null)
        where TContext : DbContext
    {
        options.Provider = new EntityFrameworkQueryableProvider<TContext>(model);
        return options;
    }
}
