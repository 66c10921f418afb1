using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Authorities;

/// <summary>A member chosen and a reason that fits the history (that the person is in the team is checked against the team).</summary>
public sealed class SubmitterChangeFormValidator : AbstractValidator<SubmitterChangeForm>
{
    public SubmitterChangeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.UserId).NotEmpty().WithMessage(_ => t["Choose a member of the team."]);
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => t["Give the reason."])
            .MaximumLength(TextLimits.Reason).WithMessage(_ => t["Use at most {0} characters.", TextLimits.Reason]);
    }
}
