using Graph.Engine.Execution;
using Graph.Engine.Language;

namespace Graph.Engine.Tests.Execution;

public sealed class OperationCacheTests
{
    [Fact]
    public void HashIsTheHexSha256OfTheText()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OperationCache.ComputeHash("abc"));
        Assert.Equal(OperationCache.ComputeHash(new string('x', 5000)), OperationCache.ComputeHash(new string('x', 5000)));
    }

    [Fact]
    public void GetOrAddCreatesOnce()
    {
        var cache = new OperationCache();
        var created = 0;
        CachedDocument Create(string hash)
        {
            created++;
            return new CachedDocument(hash, new DocumentNode([]), []);
        }

        var first = cache.GetOrAdd("h", Create);
        var second = cache.GetOrAdd("h", Create);

        Assert.Same(first, second);
        Assert.Equal(1, created);
    }

    [Fact]
    public void EvictsLeastRecentlyUsedPastCapacity()
    {
        var cache = new OperationCache(capacity: 4);
        for (var i = 0; i < 4; i++)
        {
            cache.GetOrAdd("k" + i, h => new CachedDocument(h, new DocumentNode([]), []));
        }

        Assert.True(cache.TryGet("k0", out _));
        cache.GetOrAdd("k4", h => new CachedDocument(h, new DocumentNode([]), []));

        Assert.True(cache.Count <= 4);
        Assert.True(cache.TryGet("k0", out _));
        Assert.True(cache.TryGet("k4", out _));
        Assert.False(cache.TryGet("k1", out _));
    }

    [Fact]
    public async Task ConcurrentUseIsSafe()
    {
        var cache = new OperationCache(capacity: 16);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                var key = "k" + ((i * 7 + t) % 40);
                var document = cache.GetOrAdd(key, h => new CachedDocument(h, new DocumentNode([]), []));
                Assert.Equal(key, document.Hash);
            }
        })));

        Assert.True(cache.Count <= 16 + 8);
    }
}
