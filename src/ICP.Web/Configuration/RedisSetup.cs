using StackExchange.Redis;

namespace ICP.Web.Configuration;

/// <summary>
/// Redis, the store that several portal instances share (<c>Redis:Configuration</c>, a StackExchange.Redis
/// configuration string such as <c>redis.internal:6379,password=...</c>). Unset, the portal keeps
/// its output cache and rate-limit counters in its own memory and needs nothing else. One
/// connection per process, shared by the output cache and the rate limiter.
/// </summary>
public static class RedisSetup
{
    /// <summary>Prefix of every key the portal writes, so that one Redis can serve other applications too.</summary>
    public const string DefaultInstanceName = "icp:";

    public static bool IsConfigured(IConfiguration configuration) =>
        OptionsSetup.Read<RedisOptions>(configuration, "Redis").IsConfigured;

    public static IServiceCollection AddPortalRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = OptionsSetup.Read<RedisOptions>(configuration, "Redis");
        if (redis.IsConfigured)
        {
            // Connects on first use (not at start-up), and reconnects by itself after an outage.
            services.AddSingleton<Lazy<Task<IConnectionMultiplexer>>>(_ => new(async () =>
            {
                var options = ConfigurationOptions.Parse(redis.Configuration!);
                options.AbortOnConnectFail = false;
                return await ConnectionMultiplexer.ConnectAsync(options);
            }));
        }

        return services;
    }
}
