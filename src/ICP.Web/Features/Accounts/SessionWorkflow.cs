using System.Globalization;
using System.Security.Claims;
using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Sessions of an account: ended all at once (sign-out), kept going after a change that ended the
/// others, and proven again ("confirm it is you") before a change of password or second factor.
/// <para>
/// Every session cookie carries the account's security stamp, checked on every request
/// (<see cref="SessionCookieEvents"/>): renewing the stamp ends every session whose cookie has the
/// old one, on every instance. A session can also say when its person last proved who they are
/// (<see cref="AuthenticatedAtClaim"/>), which a change of credentials requires to be recent.
/// </para>
/// </summary>
public sealed class SessionWorkflow(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, TimeProvider clock)
{
    /// <summary>When the person last gave their password (and code, with two-step sign-in on), in Unix seconds.</summary>
    public const string AuthenticatedAtClaim = "icp:authenticated_at";

    /// <summary>How long a sign-in or a confirmation counts as recent for changing credentials.</summary>
    public static readonly TimeSpan RecentEnough = TimeSpan.FromMinutes(5);

    /// <summary>Whether <paramref name="principal"/> proved who they are within <see cref="RecentEnough"/>.</summary>
    public bool IsRecent(ClaimsPrincipal principal) =>
        principal.FindFirst(AuthenticatedAtClaim)?.Value is { } text
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) is var age
        && age >= TimeSpan.Zero && age <= RecentEnough;

    /// <summary>
    /// Ends every session of the account, this one included: a copy of any of its cookies opens
    /// nothing afterwards. (A session cannot be ended alone: the portal keeps no list of sessions.)
    /// </summary>
    public async Task SignOutEverywhereAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated == true && await users.GetUserAsync(principal) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }

    /// <summary>
    /// After a change that renewed the account's security stamp (which ends every session): this
    /// session goes on with the new stamp, keeping when its person last proved who they are and,
    /// unless <paramref name="secondFactor"/> is now off, that it passed the second step.
    /// </summary>
    public Task KeepThisSessionAsync(PortalUser user, ClaimsPrincipal current, bool secondFactor)
    {
        var claims = new List<Claim>();
        if (current.FindFirst(Policies.MultiFactorClaim) is { } method && (secondFactor || method.Value != Policies.MultiFactorValue))
        {
            claims.Add(new Claim(method.Type, method.Value));
        }

        if (current.FindFirst(AuthenticatedAtClaim) is { } at)
        {
            claims.Add(new Claim(at.Type, at.Value));
        }

        return signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
    }

    /// <summary>
    /// The person proves again who they are: their password, and a code from their authenticator
    /// when two-step sign-in is on. Failures count towards the account's lockout, as at sign-in.
    /// </summary>
    public async Task<IdentityConfirmation> ConfirmAsync(PortalUser user, string password, string code)
    {
        var passwordCheck = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (passwordCheck.IsLockedOut)
        {
            return IdentityConfirmation.LockedOut;
        }

        if (!passwordCheck.Succeeded)
        {
            return IdentityConfirmation.WrongPassword;
        }

        var twoStep = await users.GetTwoFactorEnabledAsync(user);
        if (twoStep)
        {
            var cleanCode = code.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleanCode))
            {
                await users.AccessFailedAsync(user);
                return await users.IsLockedOutAsync(user) ? IdentityConfirmation.LockedOut : IdentityConfirmation.WrongCode;
            }

            await users.ResetAccessFailedCountAsync(user);
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
        [
            new Claim(Policies.MultiFactorClaim, twoStep ? Policies.MultiFactorValue : "pwd"),
            new Claim(AuthenticatedAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ]);
        return IdentityConfirmation.Confirmed;
    }
}
