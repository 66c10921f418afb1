using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class ThemesStepFormValidator : AbstractValidator<ThemesStepForm>
{
    public ThemesStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.PrimaryTheme).Must((form, slug) => string.IsNullOrEmpty(slug) || form.AvailableThemes.Contains(slug))
            .WithMessage(_ => t["Choose one of the call's themes."]);
        RuleFor(f => f.SecondaryTheme).Must((form, slug) => string.IsNullOrEmpty(slug) || form.AvailableThemes.Contains(slug))
            .WithMessage(_ => t["Choose one of the call's themes."])
            .NotEqual(f => f.PrimaryTheme).When(f => !string.IsNullOrEmpty(f.SecondaryTheme))
            .WithMessage(_ => t["The second theme must differ from the first."]);
        RuleSet(FormValidation.Complete, () =>
            RuleFor(f => f.PrimaryTheme).NotEmpty().WithMessage(_ => t["Choose at least one theme."]));
    }
}
