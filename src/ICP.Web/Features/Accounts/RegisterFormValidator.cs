using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage(_ => t["Enter your name."]).MaximumLength(200).WithMessage(_ => t["Use at most {0} characters.", 200])
            .PlainName(t);
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Choose a password."])
            .MinimumLength(12).WithMessage(_ => t["Use at least {0} characters.", 12])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage(_ => t["The two passwords do not match."]);
        RuleFor(f => f.AcceptPrivacy).Equal(true).WithMessage(_ => t["Confirm that you have read the privacy statement."]);
    }
}
