using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Evaluation;

/// <summary>A consensus comment that fits its column: refused whole rather than cut, as a cut comment would say something the panel did not.</summary>
public sealed class ConsensusFormValidator : AbstractValidator<ConsensusForm>
{
    public ConsensusFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Comment).MaximumLength(TextLimits.ConsensusComment).WithMessage(_ => t["Use at most {0} characters.", TextLimits.ConsensusComment]);
    }
}
