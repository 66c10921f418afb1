using FluentValidation;
using ICP.Domain.Cooperation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Cooperation;

public sealed class OutputFormValidator : AbstractValidator<OutputForm>
{
    public OutputFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Kind).Must((form, _) => form.ParsedKind is not null).WithMessage(_ => t["Choose what kind of output this is."]);
        RuleFor(f => f.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage(_ => t["Give the output a title."])
            .MaximumLength(CityOutput.TitleLength).WithMessage(_ => t["Use at most {0} characters.", CityOutput.TitleLength]);
    }
}
