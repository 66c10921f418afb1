using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using Microsoft.AspNetCore.OutputCaching;

namespace ICP.Web.Mvc;

/// <summary>
/// The output cache of the anonymous public pages: how long a rendered page is kept (until the
/// clock alone would change it) and its eviction when staff change what the pages show.
/// </summary>
public static class PublicPageCache
{
    /// <summary>The tag of every cached public page: evicting it evicts them all, on every instance.</summary>
    public const string Tag = "public-pages";

    /// <summary>
    /// Keeps the page being rendered no later than <paramref name="changesAt"/> (by the portal's clock);
    /// a simulated clock's banner shows the minute, so then no later than the next minute either.
    /// Does nothing where the page is not being cached (caching off, a signed-in visitor).
    /// </summary>
    public static void KeepUntil(HttpContext context, DateTimeOffset? changesAt)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { AllowCacheStorage: true } cache)
        {
            return;
        }

        var clock = context.RequestServices.GetRequiredService<PortalClock>();
        var now = clock.UtcNow;
        if (clock.IsSimulated)
        {
            var nextMinute = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero).AddMinutes(1);
            changesAt = changesAt is { } at && at < nextMinute ? at : nextMinute;
        }

        if (changesAt is not { } until)
        {
            return;
        }

        var remaining = until - now;
        if (remaining <= TimeSpan.Zero)
        {
            cache.AllowCacheStorage = false;
        }
        else if (cache.ResponseExpirationTimeSpan is not { } expiration || remaining < expiration)
        {
            cache.ResponseExpirationTimeSpan = remaining;
        }
    }

    /// <summary>
    /// Drops every cached public page and the call's reference data kept in memory (on every
    /// instance, when they are shared or told through Redis): what follows a change made beside the
    /// unit of work, which the interceptor cannot see.
    /// </summary>
    public static async ValueTask EvictAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<CallCache>().EvictAsync(cancellationToken);
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
        }
    }
}
