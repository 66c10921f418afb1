using FluentValidation;
using ICP.Domain.Authorities;
using ICP.Infrastructure.Persistence;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class LocalAuthorityStepFormValidator : AbstractValidator<LocalAuthorityStepForm>
{
    public LocalAuthorityStepFormValidator(IStringLocalizer<SharedResource> t, IcpDbContext db)
    {
        RuleFor(f => f.OfficialName).MaximumLength(StepLimits.NameLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.NameLength])
            .PlainName(t)
            .MustAsync(async (form, name, cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    return true;
                }

                var normalized = LocalAuthority.Normalize(name);
                return !await db.LocalAuthorities.AnyAsync(
                    a => a.Id != form.AuthorityId && a.CountryCode == form.CountryCode && a.NormalizedName == normalized, cancellationToken);
            })
            .WithMessage(_ => t["Another local authority with this name is already registered in this country."]);
        RuleFor(f => f.Region).MaximumLength(StepLimits.ShortText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.ShortText]);
        RuleFor(f => f.Population).InclusiveBetween(1, StepLimits.MaximumPopulation).When(f => f.Population is not null)
            .WithMessage(_ => t["Enter a population between {0} and {1}.", 1, StepLimits.MaximumPopulation.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
        RuleFor(f => f.Website).MaximumLength(StepLimits.NameLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.NameLength])
            .Must(BeAWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Website))
            .WithMessage(_ => t["Enter a web address starting with https:// or http://."]);
        RuleFor(f => f.Address).MaximumLength(StepLimits.AddressLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.AddressLength]);

        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(f => f.OfficialName).NotEmpty().WithMessage(_ => t["Enter the official name of the local authority."]);
            RuleFor(f => f.Region).NotEmpty().WithMessage(_ => t["Enter the region."]);
            RuleFor(f => f.Population).NotNull().WithMessage(_ => t["Enter the population."]);
            RuleFor(f => f.Website).NotEmpty().WithMessage(_ => t["Enter the website."]);
            RuleFor(f => f.Address).NotEmpty().WithMessage(_ => t["Enter the postal address."]);
        });
    }

    private static bool BeAWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal);
}
