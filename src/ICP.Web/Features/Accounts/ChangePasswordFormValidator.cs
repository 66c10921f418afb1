using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage(_ => t["Choose a password."])
            .MinimumLength(12).WithMessage(_ => t["Use at least {0} characters.", 12])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => t["The two passwords do not match."]);
    }
}
