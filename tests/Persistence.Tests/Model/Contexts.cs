using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Graph.Persistence.Tests.Model;

internal static class Contexts
{
    public static GraphDbContext For(DatabaseFixture fixture) => new(
        PersistenceServiceCollectionExtensions.ConfigureDbContext(new DbContextOptionsBuilder<GraphDbContext>(), fixture.DataSource)
            .Options is DbContextOptions<GraphDbContext> options ? options : throw new InvalidOperationException());

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
}
