using System.Security.Cryptography;
using ICP.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Sign-in with an address and a password. An unknown address, a wrong password, an unconfirmed
/// address and a locked account get the same result (not signed in), and each costs one password
/// check, so that neither the answer nor its timing tells whether an address is registered.
/// </summary>
public sealed class SignInWorkflow(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, PlaceholderPasswordHash placeholder)
{
    public async Task<SignInResult> PasswordSignInAsync(string email, string password)
    {
        var user = await users.FindByNameAsync(email.Trim());
        if (user is null)
        {
            placeholder.Check(hasher, password);
            return SignInResult.Failed;
        }

        // Identity refuses an unconfirmed address or a locked account before it looks at the
        // password, which would answer sooner than for a wrong one.
        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            placeholder.Check(hasher, password);
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }
}

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
