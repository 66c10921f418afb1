using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Authorities;

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
