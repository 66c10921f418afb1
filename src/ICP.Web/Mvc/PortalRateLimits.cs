using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ICP.Web.Configuration;

namespace ICP.Web.Mvc;

/// <summary>
/// The limits on what writes, exports or sends e-mail: for each policy, so many requests a window
/// per signed-in user and so many per network, both counted (in Redis when configured, as the
/// account policy). A request is refused by whichever is exhausted first: the two counters are
/// chained (<see cref="PartitionedRateLimiter.CreateChained{TResource}"/>), so the user's counter
/// and the network's are each shared by every request that falls in them, which a single partition
/// keyed by "user + network" could not do (a user hopping networks, or many users behind one NAT,
/// would each get a fresh counter).
/// Asked by the action itself (<see cref="EnsureAsync"/>) rather than by the rate-limiting
/// middleware, so that a refused save or submit can show the form again with what was typed; see
/// ADR 13.
/// </summary>
public sealed class PortalRateLimits : IDisposable
{
    private readonly Dictionary<string, PartitionedRateLimiter<HttpContext>> _limiters = new(StringComparer.Ordinal);

    public PortalRateLimits(IEnumerable<RateLimitRule> rules)
    {
        foreach (var rule in rules)
        {
            var name = rule.Name;
            var perUser = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                rule.PerUser > 0 && UserKey(context) is { } user
                    ? RateLimitSetup.FixedWindowPartition(context.RequestServices, name, "user:" + user, rule.PerUser, rule.Window)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            var perNetwork = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                rule.PerNetwork > 0
                    ? RateLimitSetup.FixedWindowPartition(context.RequestServices, name, "net:" + NetworkKey(context), rule.PerNetwork, rule.Window)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            _limiters[name] = PartitionedRateLimiter.CreateChained(perUser, perNetwork);
        }
    }

    /// <summary>Counts this request against <paramref name="policy"/>; throws <see cref="RateLimitExceededException"/> if either counter is exhausted.</summary>
    public async Task EnsureAsync(HttpContext context, string policy, CancellationToken cancellationToken)
    {
        var limiter = _limiters[policy];

        // A fixed-window permit is spent when taken, not returned when the lease ends: disposing is tidiness.
        using var lease = await limiter.AcquireAsync(context, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            throw new RateLimitExceededException(policy, retryAfter);
        }
    }

    /// <summary>
    /// The network a request comes from: an IPv4 address as it is (a city hall behind one NAT is one
    /// address, and the per-network limits are sized for that), an IPv6 address by its /64 prefix,
    /// the smallest block one subscriber holds, so that hopping addresses inside it does not escape.
    /// </summary>
    public static string NetworkKey(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static string? UserKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
