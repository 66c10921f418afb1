using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace ICP.Web.Mvc;

/// <summary>
/// A fixed-window limiter for one partition (one client of one policy) whose counter lives in Redis,
/// so that N permits a window stay N whatever the number of portal instances. Each acquisition is one
/// atomic script: increment the window's counter, start the window's expiry on its first permit,
/// answer the count and the time left. If Redis cannot be reached the partition falls back to a
/// counter in this process (still a limit, per instance) rather than refusing every sign-in.
/// </summary>
public sealed partial class SharedFixedWindowRateLimiter(
    Lazy<Task<IConnectionMultiplexer>> redis, string key, int permitLimit, TimeSpan window, ILogger logger) : RateLimiter
{
    // KEYS[1] the counter; ARGV[1] the permits asked; ARGV[2] the window in ms. Returns { count, ms left }.
    private const string Script = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        if count == tonumber(ARGV[1]) then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          left = tonumber(ARGV[2])
        end
        return { count, left }
        """;

    private readonly FixedWindowRateLimiter _fallback = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = permitLimit,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    private long _lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => _fallback.GetStatistics();

    /// <summary>Never decides without Redis: the caller then awaits <see cref="AcquireAsyncCore"/>, which asks it.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? Lease.Granted : Lease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
        if (permitCount > permitLimit)
        {
            return Lease.Refused(window);
        }

        try
        {
            var database = (await redis.Value.WaitAsync(cancellationToken)).GetDatabase();
            var result = (RedisResult[])(await database.ScriptEvaluateAsync(Script, [key], [permitCount, (long)window.TotalMilliseconds]))!;
            var count = (long)result[0];
            var left = TimeSpan.FromMilliseconds((long)result[1]);
            return count <= permitLimit ? Lease.Granted : Lease.Refused(left);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisUnavailable(logger, e, key);
            return await _fallback.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _fallback.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Key}: Redis unavailable, counting in this process only")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception, string key);

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
