using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Enter your password."])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
    }
}
