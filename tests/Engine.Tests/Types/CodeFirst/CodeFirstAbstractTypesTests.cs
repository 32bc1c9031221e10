using System.Runtime.CompilerServices;
using Graph.Engine.Types;

namespace Graph.Engine.Tests.Types.CodeFirst;

public sealed class CodeFirstAbstractTypesTests
{
    public abstract class Animal
    {
        public string Name { get; init; } = "";
    }

    public sealed class Dog : Animal
    {
        public bool Barks { get; init; }
    }

    public sealed class Bird : Animal
    {
        public double? Wingspan { get; init; }
    }

    public sealed class Query
    {
        public IEnumerable<Animal> Animals() => [new Dog { Name = "Rex", Barks = true }, new Bird { Name = "Tweety" }];
    }

    public sealed class Subscription
    {
        public async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
    }

    [Fact]
    public async Task Abstract_classes_become_interfaces_with_registered_implementations()
    {
        var schema = new SchemaBuilder().AddQueryType<Query>().AddSubscriptionType<Subscription>().AddType<Dog>().AddType<Bird>().Build();
        var animal = Assert.IsType<InterfaceType>(schema.GetType("Animal"));
        Assert.Equal(["Dog", "Bird"], schema.GetPossibleTypes(animal).Select(t => t.Name));
        var dog = (ObjectType)schema.GetType("Dog")!;
        Assert.Equal(["name", "barks"], dog.Fields.Select(f => f.Name));
        Assert.True(dog.IsTypeOf!(new Dog()));
        Assert.False(dog.IsTypeOf!(new Bird()));
        Assert.Equal("[Animal!]!", schema.QueryType!.GetField("animals")!.Type.ToString());

        var ticks = schema.SubscriptionType!.GetField("ticks")!;
        Assert.Equal("Int!", ticks.Type.ToString());
        var context = new TestResolverContext(schema, null, new Dictionary<string, object?> { ["count"] = 3 });
        var stream = await ticks.Subscribe!(context);
        var items = new List<object?>();
        await foreach (var item in stream)
        {
            items.Add(item);
        }

        Assert.Equal([0, 1, 2], items);
        Assert.Equal(7, await ticks.Resolver!(new TestResolverContext(schema, 7)));
    }
}
