using Graph.Persistence.Seeding;

namespace Graph.Persistence.Tests.Seeding;

public sealed class SeedRunnerTests
{
    [Fact]
    public async Task Runs_the_seeders_of_the_requested_mode_in_order()
    {
        var ran = new List<string>();
        var runner = new SeedRunner([
            new RecordingSeeder("users", 1, SeedMode.Demo, ran),
            new RecordingSeeder("bulk", 1, SeedMode.Scale, ran),
            new RecordingSeeder("pets", 2, SeedMode.Demo, ran),
            new RecordingSeeder("accounts", 0, SeedMode.Demo, ran),
        ]);

        var report = await runner.RunAsync(new SeedRequest(SeedMode.Demo));

        Assert.Equal(["accounts", "users", "pets"], ran);
        Assert.Equal(ran, report.Select(s => s.Name));
    }

    [Fact]
    public async Task With_no_seeder_registered_nothing_runs()
    {
        Assert.Empty(await new SeedRunner([]).RunAsync(new SeedRequest(SeedMode.Scale, 1000)));
    }

    private sealed class RecordingSeeder(string name, int order, SeedMode mode, List<string> ran) : ISeeder
    {
        public string Name => name;

        public int Order => order;

        public bool Supports(SeedMode requested) => requested == mode;

        public Task SeedAsync(SeedRequest request, IProgress<double> progress, CancellationToken cancellationToken)
        {
            ran.Add(name);
            return Task.CompletedTask;
        }
    }
}
