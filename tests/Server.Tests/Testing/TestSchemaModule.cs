using System.Runtime.CompilerServices;
using Graph.Engine;
using Graph.Engine.Types;
using Graph.Schema.Composition;

namespace Graph.Server.Tests.Testing;

/// <summary>Fields that exercise the transports: echoing arguments, failing expectedly and unexpectedly, running long, mutating.</summary>
public sealed class TestSchemaModule : ISchemaModule
{
    public void Configure(SchemaModuleBuilder module) =>
        module.AddTypeExtension<TestQueries>().AddTypeExtension<TestMutations>().AddTypeExtension<TestSubscriptions>();
}

public enum Color
{
    Red,
    Green,
}

[ExtendObjectType(OperationTypeNames.Query)]
public sealed class TestQueries
{
    public string Echo(string value) => value;

    public Color Favorite(Color color) => color;

    public string Boom() => throw new InvalidOperationException("The connection string password is hunter2.");

    public string Refused() => throw new GraphQLException("Refused on purpose.", "REFUSED");

    public async Task<string> Slow(CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        return "late";
    }
}

[ExtendObjectType(OperationTypeNames.Mutation)]
public sealed class TestMutations
{
    private static int _counter;

    public int Increment(int by = 1) => Interlocked.Add(ref _counter, by);
}

[ExtendObjectType(OperationTypeNames.Subscription)]
public sealed class TestSubscriptions
{
    public async IAsyncEnumerable<int> Ticks(int count = 3, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var tick = 1; tick <= count; tick++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            yield return tick;
        }
    }
}
