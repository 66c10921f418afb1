using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>
/// The call kept in memory is read once, forgotten on eviction, and never brought back stale by a
/// read that was under way when staff changed it.
/// </summary>
public sealed class CallCacheTests
{
    [Fact]
    public async Task SecondRead_DoesNotLoadAgain()
    {
        using var cache = NewCache();
        var loads = 0;

        var first = await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("v" + ++loads), CancellationToken.None);
        var second = await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("v" + ++loads), CancellationToken.None);

        Assert.Equal("v1", first);
        Assert.Equal("v1", second);
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task AfterEviction_LoadsAgain()
    {
        using var cache = NewCache();
        await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("old"), CancellationToken.None);

        await cache.EvictAsync(CancellationToken.None);

        Assert.Equal("new", await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("new"), CancellationToken.None));
    }

    [Fact]
    public async Task EvictionDuringALoad_TheLoadedValueIsNotKept()
    {
        using var cache = NewCache();
        var reading = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);

        // A request reads the call (the old state) while staff commit a change and evict.
        var slowRead = cache.GetOrLoadAsync("call", _ => reading.Task, CancellationToken.None);
        await cache.EvictAsync(CancellationToken.None);
        reading.SetResult("old");
        Assert.Equal("old", await slowRead);

        // The next request reads the database again instead of keeping the old state.
        Assert.Equal("new", await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("new"), CancellationToken.None));
    }

    [Fact]
    public async Task NothingFound_IsNotKept()
    {
        using var cache = NewCache();
        await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>(null), CancellationToken.None);

        Assert.Equal("published", await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("published"), CancellationToken.None));
    }

    [Fact]
    public async Task MaxAgeZero_LoadsEveryTime()
    {
        using var cache = NewCache(TimeSpan.Zero);
        var loads = 0;

        await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("v" + ++loads), CancellationToken.None);
        await cache.GetOrLoadAsync("call", _ => Task.FromResult<string?>("v" + ++loads), CancellationToken.None);

        Assert.Equal(2, loads);
    }

    private static CallCache NewCache(TimeSpan? maxAge = null) => new(
        new MemoryCache(new MemoryCacheOptions()),
        Options.Create(new PublicPageCacheOptions { CallMaxAge = maxAge ?? TimeSpan.FromMinutes(5) }),
        Options.Create(new RedisOptions()),
        new ServiceCollection().BuildServiceProvider(),
        NullLogger<CallCache>.Instance);
}
