using ICP.Web.Configuration;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using StackExchange.Redis;

namespace ICP.Web.Features.Calls;

/// <summary>
/// The published call's reference data (<see cref="PublicCall"/>: texts, dates, extensions, themes,
/// phases) kept in this process's memory, because every public page needs it and it changes a few
/// times a year: profiled under load, that one query was half of an uncached page's database time
/// (docs/performance.md). Staff changes evict it: <see cref="Evict"/> is called by
/// <see cref="Mvc.PublicPageChangeInterceptor"/> after the commit that changed the call,
/// an extension, a theme or a phase, and, with Redis configured, every other instance hears of it on
/// a channel. A load that was running while an eviction happened is not kept (each entry depends on
/// the generation that was current when its load began), so a page can never bring an old state back.
/// What neither path sees (SQL run by hand, a message lost while Redis reconnected) lasts at most
/// <c>OutputCache:CallMaxAge</c>; with Redis configured but unreachable nothing is kept at all.
/// </summary>
public sealed class CallCache : IDisposable
{
    private readonly IMemoryCache _cache;
    private readonly IOptions<PublicPageCacheOptions> _options;
    private readonly Lazy<Task<IConnectionMultiplexer>>? _redis;
    private readonly RedisChannel _channel;
    private readonly ILogger<CallCache> _logger;
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private CancellationTokenSource _generation = new();
    private ISubscriber? _subscriber;

    public CallCache(IMemoryCache cache, IOptions<PublicPageCacheOptions> options, IOptions<RedisOptions> redisOptions, IServiceProvider services, ILogger<CallCache> logger)
    {
        _cache = cache;
        _options = options;
        _logger = logger;
        _redis = services.GetService<Lazy<Task<IConnectionMultiplexer>>>();
        _channel = RedisChannel.Literal(redisOptions.Value.InstanceName + "call-changed");
    }

    /// <summary>
    /// The value kept under <paramref name="key"/>, else what <paramref name="load"/> reads (kept when
    /// not null and no eviction happened meanwhile).
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class
    {
        var maxAge = _options.Value.CallMaxAge;
        if (maxAge == TimeSpan.Zero)
        {
            return await load(cancellationToken);
        }

        if (_cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        // Other instances can only tell this one about their changes once it listens.
        if (!await ListeningAsync())
        {
            return await load(cancellationToken);
        }

        // The generation before the database is read: an eviction from now on voids this entry.
        var generation = Volatile.Read(ref _generation).Token;
        var value = await load(cancellationToken);
        if (value is not null && !generation.IsCancellationRequested)
        {
            using var entry = _cache.CreateEntry(key);
            entry.Value = value;
            entry.AbsoluteExpirationRelativeToNow = maxAge;
            entry.AddExpirationToken(new CancellationChangeToken(generation));
        }

        return value;
    }

    /// <summary>Forgets everything kept here, and tells the other instances to do the same.</summary>
    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        EvictHere();
        if (_redis is not null)
        {
            // Whether or not this instance has kept anything itself, the others may have.
            try
            {
                var connection = await _redis.Value.WaitAsync(cancellationToken);
                await connection.GetSubscriber().PublishAsync(_channel, RedisValue.EmptyString).WaitAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // The change is committed; the others keep the old call until CallMaxAge at most.
                _logger.LogWarning(exception, "Could not tell the other instances that the call changed; they keep it until OutputCache:CallMaxAge.");
            }
        }
    }

    public void Dispose()
    {
        _subscribing.Dispose();
        _generation.Dispose();
    }

    private void EvictHere()
    {
        // The old source is not disposed: a load that began before may still read its token.
        Interlocked.Exchange(ref _generation, new CancellationTokenSource()).Cancel();
    }

    private async Task<bool> ListeningAsync()
    {
        if (_redis is null || _subscriber is not null)
        {
            return true;
        }

        await _subscribing.WaitAsync();
        try
        {
            if (_subscriber is not null)
            {
                return true;
            }

            var connection = await _redis.Value;
            if (!connection.IsConnected)
            {
                return false;
            }

            var subscriber = connection.GetSubscriber();
            await subscriber.SubscribeAsync(_channel, (_, _) => EvictHere());

            // Messages sent while the connection was down are lost: start afresh when it is back.
            connection.ConnectionRestored += (_, _) => EvictHere();
            _subscriber = subscriber;
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            _logger.LogWarning(exception, "Redis is unreachable: the call is read from the database on every request until it is back.");
            return false;
        }
        finally
        {
            _subscribing.Release();
        }
    }
}
