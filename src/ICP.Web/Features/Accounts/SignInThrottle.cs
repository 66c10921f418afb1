using System.Net;
using System.Net.Sockets;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
namespace ICP.Web.Features.Accounts;

/// <summary>
/// Failed sign-ins counted per address and per network, over the lockout period (15 minutes).
/// A network that failed <see cref="PerSource"/> times for an address is refused that address for
/// the rest of the period, even with the right password; everyone is refused it once it failed
/// <see cref="PerAccount"/> times from any networks (guessing spread over many). So a stranger who
/// knows a staff member's address can no longer lock them out from one place, as Identity's
/// per-account lockout allowed; it takes several networks, and even then only for the period.
/// </summary>
public sealed class SignInThrottle(IcpDbContext db, TimeProvider clock, IOptions<IdentityOptions> identity, IOptions<SecurityOptions> security)
{
    /// <summary>Failures from one network for one address (the number the sign-in page states).</summary>
    public int PerSource => identity.Value.Lockout.MaxFailedAccessAttempts;

    /// <summary>Failures from any networks for one address: <c>Security:SignInFailuresPerAccount</c>.</summary>
    public int PerAccount => security.Value.SignInFailuresPerAccount;

    public TimeSpan Period => identity.Value.Lockout.DefaultLockoutTimeSpan;

    /// <summary>An address as counted: trimmed, in capitals (as Identity compares user names).</summary>
    public static string AccountKey(string email) => email.Trim().ToUpperInvariant();

    /// <summary>The network a client is in: its IPv4 /24 or IPv6 /64 (one household, office or provider's block).</summary>
    public static string SourceOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            bytes[3] = 0;
            return $"{new IPAddress(bytes)}/24";
        }

        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    /// <summary>Whether sign-in to <paramref name="account"/> is refused to <paramref name="source"/> now.</summary>
    public async Task<bool> IsBlockedAsync(string account, string source, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Period;
        var sources = await db.SignInFailures.AsNoTracking()
            .Where(f => f.Account == account && f.At > since).Select(f => f.Source).ToListAsync(cancellationToken);
        return sources.Count >= PerAccount || sources.Count(s => s == source) >= PerSource;
    }

    public async Task RecordFailureAsync(string account, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.SignInFailures.Add(new SignInFailure(account, source, now));
        await db.SaveChangesAsync(cancellationToken);

        // Failures older than the period decide nothing any more.
        var before = now - Period;
        await db.SignInFailures.Where(f => f.At < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>After a right password: this network's earlier slips for the address are forgiven.</summary>
    public Task ForgetAsync(string account, string source, CancellationToken cancellationToken) =>
        db.SignInFailures.Where(f => f.Account == account && f.Source == source).ExecuteDeleteAsync(cancellationToken);
}
