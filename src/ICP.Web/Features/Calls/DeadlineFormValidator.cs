using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Calls;

public sealed class DeadlineFormValidator : AbstractValidator<DeadlineForm>
{
    public DeadlineFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.LastDay).NotNull().WithMessage(_ => t["Enter the last day on time."]);
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => t["Give the reason."]).MaximumLength(TextLimits.Reason).WithMessage(_ => t["Use at most {0} characters.", TextLimits.Reason]);
    }
}
