using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// The authenticator-app provider, with one rule Identity's own lacks: a code is accepted once.
/// The step it matched is stored on the user, and codes for that step or earlier are refused.
/// </summary>
public sealed class ReplayProtectedAuthenticatorTokenProvider(AuthenticatorClock clock) : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string ProviderName = "ReplayProtectedAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // Authenticator apps make the codes; the portal never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = new string((token ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrEmpty(key) || code.Length != 6)
        {
            return false;
        }

        var step = Totp.MatchingStep(Totp.FromBase32(key), code, clock.UtcNow);
        if (step is null || step <= user.LastTotpTimeStep)
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }
}
