using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Persistence.Database;

/// <summary>The <c>Database</c> configuration section's settings of the data layer.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The default of <see cref="LockTimeout"/>: far beyond a write's own time.</summary>
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How long a mutation waits for a row another transaction holds (PostgreSQL's <c>lock_timeout</c> for its
    /// transaction) before it is answered with a <c>ConcurrencyError</c>; positive.</summary>
    public TimeSpan LockTimeout { get; set; } = DefaultLockTimeout;

    /// <summary>How long a connection to the read replica (<c>ConnectionStrings:GraphReplica</c>) may take to open
    /// before the replica counts as unreachable (whole seconds, at least one: Npgsql's <c>Timeout</c>).</summary>
    public TimeSpan ReplicaConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long queries read from the primary after the replica was found unreachable, before it is tried again.</summary>
    public TimeSpan ReplicaRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Carries <see cref="DatabaseOptions"/> into every <see cref="GraphDbContext"/> made from the options (pooled ones too).</summary>
public sealed class GraphDbContextOptionsExtension(TimeSpan lockTimeout) : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public TimeSpan LockTimeout { get; } = lockTimeout;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
        if (LockTimeout <= TimeSpan.Zero)
            throw new InvalidOperationException("Database:LockTimeout must be positive (zero would wait for a locked row forever).");
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new GraphDbContextOptionsExtension Extension => (GraphDbContextOptionsExtension)base.Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"LockTimeout={Extension.LockTimeout} ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Graph:LockTimeout"] = Extension.LockTimeout.ToString();
    }
}
