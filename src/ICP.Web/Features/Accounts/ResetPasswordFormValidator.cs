using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Code).NotEmpty().WithMessage(_ => t["This link has expired or was already used. Ask for a new one."]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Choose a password."])
            .MinimumLength(12).WithMessage(_ => t["Use at least {0} characters.", 12])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => t["The two passwords do not match."]);
    }
}
