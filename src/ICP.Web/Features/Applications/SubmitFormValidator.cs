using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class SubmitFormValidator : AbstractValidator<SubmitForm>
{
    public SubmitFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.IdempotencyKey).NotEmpty().WithMessage(_ => t["Reload the page and submit again."]);
        RuleFor(f => f.ReviewedDraft).NotEmpty().WithMessage(_ => t["Reload the page and submit again."]);
        RuleFor(f => f.ConfirmAccurate).Equal(true).WithMessage(_ => t["Confirm that the information is accurate."]);
        RuleFor(f => f.ConfirmAuthorised).Equal(true).WithMessage(_ => t["Confirm that you may submit on behalf of the local authority."]);
        RuleFor(f => f.ConfirmPublication).Equal(true).WithMessage(_ => t["Confirm that the city's name may be published if it is selected."]);
    }
}
