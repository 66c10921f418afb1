using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Selection;

/// <summary>A decision the board offers, and a note that fits its column.</summary>
public sealed class StageDecisionFormValidator : AbstractValidator<StageDecisionForm>
{
    public StageDecisionFormValidator(IStringLocalizer<SharedResource> t)
    {
        // An unknown value must not bind to the enum's first member (Selected) and take a seat.
        RuleFor(f => f.Outcome).NotNull().WithMessage(_ => t["Choose a decision."]).IsInEnum().WithMessage(_ => t["Choose a decision."]);
        RuleFor(f => f.Note).MaximumLength(TextLimits.SelectionNote).WithMessage(_ => t["Use at most {0} characters.", TextLimits.SelectionNote]);
    }
}
