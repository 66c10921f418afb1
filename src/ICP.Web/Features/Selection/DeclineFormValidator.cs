using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Selection;

/// <summary>A decline always says why, in what the history can keep.</summary>
public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => t["Give the reason."])
            .MaximumLength(TextLimits.Reason).WithMessage(_ => t["Use at most {0} characters.", TextLimits.Reason]);
    }
}
