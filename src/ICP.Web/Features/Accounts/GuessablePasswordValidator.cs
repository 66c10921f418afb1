using ICP.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

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
