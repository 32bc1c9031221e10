using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Persistence.Tests.Model;

internal static class Contexts
{
    public static GraphDbContext For(DatabaseFixture fixture) => For(fixture.DataSource);

    public static GraphDbContext For(NpgsqlDataSource dataSource) => new(Options(dataSource));

    public static IDbContextFactory<GraphDbContext> Factory(NpgsqlDataSource dataSource) => new Factory_(dataSource);

    private static DbContextOptions<GraphDbContext> Options(NpgsqlDataSource dataSource) =>
        (DbContextOptions<GraphDbContext>)PersistenceServiceCollectionExtensions.ConfigureDbContext(new DbContextOptionsBuilder<GraphDbContext>(), dataSource).Options;

    /// <summary>Where the repository's files are (docs/, …): the directory above the build output holding Graph.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Graph.sln")))
                    return directory.FullName;
            }

            throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}.");
        }
    }

    private sealed class Factory_(NpgsqlDataSource dataSource) : IDbContextFactory<GraphDbContext>
    {
        public GraphDbContext CreateDbContext() => For(dataSource);
    }
}
