using Graph.Persistence.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Graph.Persistence.Health;

/// <summary>Healthy when the database answers and carries every migration of this build, unchanged.</summary>
internal sealed class DatabaseReadyHealthCheck(MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var status = await migrations.GetStatusAsync(cancellationToken);
            return status.IsCurrent
                ? HealthCheckResult.Healthy(status.Describe())
                : HealthCheckResult.Unhealthy(status.Describe());
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database is unreachable: " + e.Message);
        }
    }
}
