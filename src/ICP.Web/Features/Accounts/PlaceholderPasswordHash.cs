using System.Security.Cryptography;
using ICP.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// The hash of a random password nobody knows, made once with the portal's own hasher settings, to
/// check a password against when there is no account's hash to check it against: the work is the
/// same as for a real one.
/// </summary>
public sealed class PlaceholderPasswordHash
{
    private static readonly PortalUser Nobody = new();
    private string? _hash;

    public void Check(IPasswordHasher<PortalUser> hasher, string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(32))));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
