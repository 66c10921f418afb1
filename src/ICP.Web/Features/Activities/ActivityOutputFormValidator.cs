using FluentValidation;
using ICP.Domain.Activities;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities;

public sealed class ActivityOutputFormValidator : AbstractValidator<ActivityOutputForm>
{
    public ActivityOutputFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Kind).Must((form, _) => form.ParsedKind is not null).WithMessage(_ => t["Choose what kind of output this is."]);
        RuleFor(f => f.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage(_ => t["Give the output a title."])
            .MaximumLength(ActivityOutput.TitleLength).WithMessage(_ => t["Use at most {0} characters.", ActivityOutput.TitleLength]);

        // The domain's own rule: the public page links to it.
        RuleFor(f => f.Link).Must(ActivityOutput.IsHttpsLink).When(f => !string.IsNullOrWhiteSpace(f.Link))
            .WithMessage(_ => t["Enter the link as a full https:// address."]);
    }
}
