using System.Globalization;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

/// <summary>
/// Output caching of the anonymous public pages (<c>OutputCache:Enabled</c>, on by default), one
/// copy per interface language. Never for a signed-in visitor (the header shows who is signed in),
/// never a response that sets a cookie, never past the instant the clock changes the page, and
/// evicted when staff change what the pages show. In memory, or in Redis when
/// <c>Redis:Configuration</c> is set, so that an eviction on one instance holds for all.
/// </summary>
public static class OutputCacheSetup
{
    public const string PublicPagePolicy = "public-page";

    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered whatever the setting: it evicts only where a store exists.
        services.AddSingleton<PublicPageChangeInterceptor>();
        var settings = OptionsSetup.Read<PublicPageCacheOptions>(configuration, "OutputCache");
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddOutputCache(options =>
        {
            // A safety net only: pages say when the clock changes them, and staff changes evict them.
            options.DefaultExpirationTimeSpan = settings.MaxAge;

            // The base policy keeps signed-in visitors (and requests with an Authorization header) out
            // of the cache both ways, caches GET and HEAD 200s only, and never stores a response that
            // sets a cookie; the key holds the path and the whole query string.
            // A visitor carrying a one-time notice (after a redirect) gets the page rendered for them,
            // with the notice, and it is not kept.
            options.AddPolicy(PublicPagePolicy, policy => policy
                .With(context => !NoticeTempDataProvider.CarriesNotice(context.HttpContext.Request))
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
                .Tag(PublicPageCache.Tag));
        });

        if (RedisSetup.IsConfigured(configuration))
        {
            services.AddStackExchangeRedisOutputCache(_ => { });
            services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
                .Configure<Lazy<Task<StackExchange.Redis.IConnectionMultiplexer>>, IOptions<RedisOptions>>((options, connection, redis) =>
                {
                    options.ConnectionMultiplexerFactory = () => connection.Value;
                    options.InstanceName = redis.Value.InstanceName + "pages:";
                });
        }

        DecorateStore(services);
        return services;
    }

    /// <summary>After authentication (signed-in visitors bypass it) and localisation (the key's language).</summary>
    public static IApplicationBuilder UsePortalOutputCache(this IApplicationBuilder app) =>
        app.ApplicationServices.GetService<IOutputCacheStore>() is null ? app : app.UseOutputCache();

    private static void DecorateStore(IServiceCollection services)
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(descriptor);
        services.AddSingleton<IOutputCacheStore>(provider => new ClockAwareOutputCacheStore(
            (IOutputCacheStore)(descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!)),
            provider.GetRequiredService<TimeProvider>()));
    }
}
