using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Authorities;

public sealed class InvitationFormValidator : AbstractValidator<InvitationForm>
{
    public InvitationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter the e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
    }
}
