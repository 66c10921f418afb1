using System.Collections.Concurrent;
using ICP.Testing;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>A cached page is served only between the instants it was stored and expires, by the portal's clock.</summary>
public sealed class ClockAwareOutputCacheStoreTests
{
    private static readonly DateTimeOffset Stored = new(2021, 11, 15, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetAsync_BetweenStoredAndExpiry_ReturnsThePage()
    {
        var (store, clock) = Store();
        await store.SetAsync("/", [1, 2, 3], ["public-pages"], TimeSpan.FromHours(1), CancellationToken.None);

        clock.SetUtcNow(Stored.AddMinutes(59));

        Assert.Equal(new byte[] { 1, 2, 3 }, await store.GetAsync("/", CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_AtExpiry_ReturnsNothing_ThoughTheStoreStillHoldsIt()
    {
        var (store, clock) = Store();
        await store.SetAsync("/", [1, 2, 3], null, TimeSpan.FromHours(1), CancellationToken.None);

        clock.SetUtcNow(Stored.AddHours(1));

        Assert.Null(await store.GetAsync("/", CancellationToken.None));
    }

    [Fact]
    public async Task GetAsync_ClockSetBackBeforeTheStore_ReturnsNothing()
    {
        var (store, clock) = Store();
        await store.SetAsync("/", [1, 2, 3], null, TimeSpan.FromHours(1), CancellationToken.None);

        clock.SetUtcNow(Stored.AddTicks(-1));

        Assert.Null(await store.GetAsync("/", CancellationToken.None));
    }

    private static (ClockAwareOutputCacheStore Store, TestClock Clock) Store()
    {
        var clock = new TestClock(Stored);
        return (new ClockAwareOutputCacheStore(new DictionaryStore(), clock), clock);
    }

    /// <summary>A store that keeps everything for ever: only the decorator decides.</summary>
    private sealed class DictionaryStore : IOutputCacheStore
    {
        private readonly ConcurrentDictionary<string, byte[]> _entries = new();

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
            ValueTask.FromResult(_entries.TryGetValue(key, out var value) ? value : null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _entries[key] = value;
            return ValueTask.CompletedTask;
        }
    }
}
