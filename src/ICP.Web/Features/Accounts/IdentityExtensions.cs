using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

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

/// <summary>
/// Refuses passwords that are common or easy to guess (zxcvbn's estimate, which knows the lists of
/// leaked passwords, keyboard walks, dates and the person's own name and e-mail). Length is the
/// only other rule: no composition rules (OWASP ASVS 5.0, V6.2).
/// </summary>
public sealed class GuessablePasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<PortalUser>
{
    /// <summary>zxcvbn scores 0–4; 0 and 1 fall to an online or fast offline attack.</summary>
    public const int MinimumScore = 2;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var personal = new[] { user.Email, user.Email?.Split('@')[0], user.DisplayName, "icp", "partnership", "partnerships", "city", "cities" }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!)
            .ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, personal);
        return Task.FromResult(result.Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooGuessable",
                Description = localizer["This password is too common or too easy to guess. Try a few unrelated words."],
            }));
    }
}

/// <summary>Identity's messages, in the visitor's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = localizer["Use at least {0} characters.", length] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = localizer["This link has expired or was already used. Ask for a new one."] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = localizer["The current password is not correct."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = localizer["This e-mail address is already registered."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = localizer["This e-mail address is already registered."] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = localizer["Enter a valid e-mail address."] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = localizer["Enter a valid e-mail address."] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = localizer["Something went wrong. Please try again."] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = localizer["Your account was changed at the same time elsewhere. Please try again."] };
}
