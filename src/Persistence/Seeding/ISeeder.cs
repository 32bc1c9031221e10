namespace Graph.Persistence.Seeding;

/// <summary>Puts data into the database for <c>seed --demo</c> (and on every start of the embedded
/// database), or for <c>seed --scale</c>. Register implementations as <c>ISeeder</c> services.
/// Demo seeding runs on every embedded start, so a demo seeder must be idempotent.</summary>
public interface ISeeder
{
    /// <summary>Shown in progress output and logs.</summary>
    string Name { get; }

    /// <summary>Lower runs first; seeders whose rows others reference go first.</summary>
    int Order { get; }

    bool Supports(SeedMode mode);

    /// <param name="progress">Fraction done, 0 to 1.</param>
    Task SeedAsync(SeedRequest request, IProgress<double> progress, CancellationToken cancellationToken);
}

public enum SeedMode
{
    /// <summary>The demo accounts and a small, realistic data set.</summary>
    Demo,

    /// <summary>Bulk rows for load tests.</summary>
    Scale,
}

/// <param name="Rows">For <see cref="SeedMode.Scale"/>: roughly how many rows per main table.</param>
public sealed record SeedRequest(SeedMode Mode, int Rows = 0);
