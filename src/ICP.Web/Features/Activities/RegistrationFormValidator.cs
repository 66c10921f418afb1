using FluentValidation;
using ICP.Domain.Activities;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities;

public sealed class RegistrationFormValidator : AbstractValidator<RegistrationForm>
{
    public RegistrationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => t["Enter your name."])
            .MaximumLength(ActivityRegistration.NameLength).WithMessage(_ => t["Use at most {0} characters.", ActivityRegistration.NameLength])
            .PlainName(t);
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter your e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(ActivityRegistration.EmailLength).WithMessage(_ => t["Use at most {0} characters.", ActivityRegistration.EmailLength]);
        RuleFor(f => f.Organisation).NotEmpty().WithMessage(_ => t["Enter your organisation."])
            .MaximumLength(ActivityRegistration.OrganisationLength).WithMessage(_ => t["Use at most {0} characters.", ActivityRegistration.OrganisationLength])
            .PlainName(t);
        RuleFor(f => f.CountryCode).Must(Countries.IsKnown).WithMessage(_ => t["Choose your country."]);
        RuleFor(f => f.Consent).Equal(true).WithMessage(_ => t["Agree to the use of your contact details for this activity."]);
    }
}
