using System.Linq.Expressions;
using System.Reflection;
using Graph.Persistence.Access;
using Graph.Persistence.Crm;
using Graph.Persistence.Database;
using Graph.Persistence.Diagnostics;
using Graph.Persistence.Identity;
using Graph.Persistence.Model;
using Graph.Persistence.Programs;
using Graph.Persistence.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Graph.Persistence;

/// <summary>The platform's EF Core model over the tables the numbered SQL migrations create; EF never
/// creates or migrates the schema itself (a test keeps the model and the migrations in agreement).
/// Queries read for <see cref="Viewer"/> under <see cref="RowAccessRules"/>.</summary>
public sealed class GraphDbContext(DbContextOptions<GraphDbContext> options) : DbContext(options)
{
    private DataViewerScope? _scope;

    /// <summary>How long a row lock is waited for (<see cref="DatabaseOptions.LockTimeout"/>).</summary>
    public TimeSpan LockTimeout { get; } =
        options.FindExtension<GraphDbContextOptionsExtension>()?.LockTimeout ?? DatabaseOptions.DefaultLockTimeout;

    // The lease (DbContextId.Lease: a pooled instance's count of rentals) that ended with Dispose; -1 while none did.
    private int _releasedLease = -1;

    /// <summary>Whom queries read for: the scope's viewer once <see cref="ReadFor"/> tied the context to one, else
    /// <see cref="DataViewer.System"/> (workers, seeders, sign-in). Read at every query, so the row rules' parameters
    /// follow it. A context read after it was disposed (back in its pool, its request over) fails closed: it reads as
    /// <see cref="DataViewer.Anonymous"/>, never as the platform, until the pool leases it afresh.</summary>
    public DataViewer Viewer => _scope?.Viewer ?? (_releasedLease == ContextId.Lease ? DataViewer.Anonymous : DataViewer.System);

    /// <summary>Reads for <paramref name="scope"/>'s viewer until the context is disposed (back to its pool).</summary>
    public GraphDbContext ReadFor(DataViewerScope scope)
    {
        _scope = scope;
        return this;
    }

    public override void Dispose()
    {
        Release();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Release();
        return base.DisposeAsync();
    }

    private void Release()
    {
        _releasedLease = ContextId.Lease;
        _scope = null;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GraphDbContext).Assembly);
        foreach (var rule in RowAccessRules.All)
            modelBuilder.Entity(rule.EntityType).HasQueryFilter(RowAccessFilter, rule.ToQueryFilter(this));
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ISoftDeleted).IsAssignableFrom(e.ClrType)).ToList())
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(SoftDeleteFilter, NotDeleted(entity.ClrType));
        // The SQL functions row rules call: static methods named by [DbFunction] anywhere in this assembly.
        foreach (var function in SqlFunctions)
            modelBuilder.HasDbFunction(function);
        UseSnakeCaseColumns(modelBuilder);
    }

    private static readonly MethodInfo[] SqlFunctions = [.. typeof(GraphDbContext).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.IsDefined(typeof(DbFunctionAttribute), inherit: false))];

    /// <summary>The name of the query filter that hides soft-deleted rows (<see cref="ISoftDeleted"/>).</summary>
    public const string SoftDeleteFilter = "soft-delete";

    private static LambdaExpression NotDeleted(Type entityType)
    {
        var row = Expression.Parameter(entityType, "e");
        var deletedAt = Expression.Property(row, nameof(ISoftDeleted.DeletedAt));
        return Expression.Lambda(
            Expression.Equal(deletedAt, Expression.Constant(null, typeof(DateTimeOffset?))), row);
    }

    /// <summary>The name of the row-rule query filter (EF names filters so that several can apply to one entity).</summary>
    public const string RowAccessFilter = "row-access";

    // Tables are named in each configuration; columns follow their property names.
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(table) == property.Name)
                    property.SetColumnName(SqlNames.SnakeCase(property.Name));
            }
        }
    }
}
