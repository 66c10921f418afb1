using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class EmailFormValidator : AbstractValidator<EmailForm>
{
    public EmailFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
    }
}
