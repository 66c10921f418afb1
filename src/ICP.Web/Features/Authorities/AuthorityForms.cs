using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Authorities;

public sealed class NewAuthorityForm
{
    public string OfficialName { get; set; } = string.Empty;

    public string CountryCode { get; set; } = string.Empty;
}

public sealed class NewAuthorityFormValidator : AbstractValidator<NewAuthorityForm>
{
    public NewAuthorityFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.OfficialName).NotEmpty().WithMessage(_ => t["Enter the official name of the local authority."])
            .MaximumLength(200).WithMessage(_ => t["Use at most {0} characters.", 200])
            .PlainName(t);
        RuleFor(f => f.CountryCode).NotEmpty().WithMessage(_ => t["Choose the country or territory."])
            .Length(2).WithMessage(_ => t["Choose the country or territory."]);
    }
}

public sealed class InvitationForm
{
    public string Email { get; set; } = string.Empty;
}

public sealed class InvitationFormValidator : AbstractValidator<InvitationForm>
{
    public InvitationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter the e-mail address."])
            .EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
    }
}
