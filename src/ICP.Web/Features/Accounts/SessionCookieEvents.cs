using System.Globalization;
using System.Security.Claims;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// The session cookie's checks, on every request that carries one: its security stamp must still be
/// the account's (one indexed read of one column), else the session has ended (signed out
/// everywhere, password or second factor changed) and the cookie is refused. Identity's own
/// validator only looks every 30 minutes, so a cookie copied before a sign-out kept working.
/// <para>
/// A sign-in also records when the person proved who they are (<see cref="SessionWorkflow.AuthenticatedAtClaim"/>);
/// a renewed session keeps the moment it had.
/// </para>
/// </summary>
public sealed class SessionCookieEvents(IcpDbContext db, IOptions<IdentityOptions> identity, TimeProvider clock) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var claims = identity.Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        var account = userId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.SecurityStamp, u.TwoFactorEnabled })
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (principal is null || account is null || stamp is null || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        // The staff area asks for a sign-in that passed the second step; once the account has no
        // second step any more, no cookie can say it passed one.
        if (!account.TwoFactorEnabled && principal.HasClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue))
        {
            var current = (ClaimsIdentity)principal.Identity!;
            var reduced = new ClaimsIdentity(
                current.Claims.Where(c => !(c.Type == Policies.MultiFactorClaim && c.Value == Policies.MultiFactorValue)),
                current.AuthenticationType, current.NameClaimType, current.RoleClaimType);
            context.ReplacePrincipal(new ClaimsPrincipal(reduced));
        }
    }

    public override Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity signingIn && !signingIn.HasClaim(c => c.Type == SessionWorkflow.AuthenticatedAtClaim))
        {
            // Identity renews a session of the same person (e.g. after turning on two-step sign-in)
            // with the claims it chooses: the moment of the last proof of identity stays the same.
            var userIdType = identity.Value.ClaimsIdentity.UserIdClaimType;
            var previous = context.HttpContext.User;
            var samePerson = previous.Identity?.IsAuthenticated == true
                && previous.FindFirstValue(userIdType) == context.Principal.FindFirstValue(userIdType);
            var at = samePerson && previous.FindFirst(SessionWorkflow.AuthenticatedAtClaim) is { } earlier
                ? earlier.Value
                : clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            signingIn.AddClaim(new Claim(SessionWorkflow.AuthenticatedAtClaim, at));
        }

        return Task.CompletedTask;
    }
}
