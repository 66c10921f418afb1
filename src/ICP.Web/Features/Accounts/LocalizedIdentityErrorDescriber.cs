using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

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
