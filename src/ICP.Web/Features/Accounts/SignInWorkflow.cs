using System.Net;
using ICP.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Sign-in with an address and a password. An unknown address, a wrong password, an unconfirmed
/// address, a locked account and a refused network get the same result (not signed in), and each
/// costs one password check and the same statements, so that neither the answer nor its timing
/// tells whether an address is registered. Failures are counted per address and network
/// (<see cref="SignInThrottle"/>) rather than by Identity's per-account lockout, which anyone who
/// knows an address could trigger.
/// </summary>
public sealed class SignInWorkflow(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher, PlaceholderPasswordHash placeholder,
    SignInThrottle throttle)
{
    public async Task<SignInResult> PasswordSignInAsync(string email, string password, IPAddress? client, CancellationToken cancellationToken)
    {
        var (account, source) = (SignInThrottle.AccountKey(email), SignInThrottle.SourceOf(client));
        var refused = await throttle.IsBlockedAsync(account, source, cancellationToken);
        var user = await users.FindByNameAsync(email.Trim());

        // Identity refuses an unconfirmed address or a locked account (the second step failed too
        // often) before it looks at the password, which would answer sooner than for a wrong one.
        if (refused || user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            placeholder.Check(hasher, password);
            if (!refused)
            {
                await throttle.RecordFailureAsync(account, source, cancellationToken);
            }

            return SignInResult.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await throttle.ForgetAsync(account, source, cancellationToken);
        }
        else
        {
            await throttle.RecordFailureAsync(account, source, cancellationToken);
        }

        return result;
    }
}
