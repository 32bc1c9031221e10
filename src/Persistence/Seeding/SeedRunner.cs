using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Persistence.Seeding;

/// <summary>Runs whichever <see cref="ISeeder"/>s are registered for a mode, in order.</summary>
public sealed class SeedRunner(IEnumerable<ISeeder> seeders, ILogger<SeedRunner>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SeedRunner>.Instance;

    public IReadOnlyList<ISeeder> SeedersFor(SeedMode mode) =>
        seeders.Where(s => s.Supports(mode)).OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>Returns the seeders that ran.</summary>
    public async Task<IReadOnlyList<ISeeder>> RunAsync(
        SeedRequest request, Func<ISeeder, IProgress<double>>? progressFor = null, CancellationToken cancellationToken = default)
    {
        var selected = SeedersFor(request.Mode);
        foreach (var seeder in selected)
        {
            _logger.LogInformation("Running seeder {Seeder} ({Mode})", seeder.Name, request.Mode);
            await seeder.SeedAsync(request, progressFor?.Invoke(seeder) ?? new Progress<double>(), cancellationToken);
        }

        return selected;
    }
}
