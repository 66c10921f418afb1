using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Selection;

/// <summary>An override names a status and always says why (which statuses it may move between is the domain's rule).</summary>
public sealed class OverrideFormValidator : AbstractValidator<OverrideForm>
{
    public OverrideFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Status).NotNull().WithMessage(_ => t["Choose the new status."]).IsInEnum().WithMessage(_ => t["Choose the new status."]);
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => t["Give the reason."])
            .MaximumLength(TextLimits.Reason).WithMessage(_ => t["Use at most {0} characters.", TextLimits.Reason]);
    }
}
