using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Evaluation;

/// <summary>
/// What the criteria form can send: as many weights and thresholds as criteria, each weight a whole
/// number and each threshold empty or one. Whether the weights add up to 100 and the thresholds fit
/// the scale is the domain's rule (<see cref="ICP.Domain.Common.CriteriaInvalidException"/>).
/// </summary>
public sealed class CriteriaFormValidator : AbstractValidator<CriteriaForm>
{
    public CriteriaFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f).Must(f => f.Weights.Length == f.Ids.Length && f.Thresholds.Length == f.Ids.Length)
            .OverridePropertyName(nameof(CriteriaForm.Ids)).WithMessage(_ => t["The request could not be processed"]);
        RuleForEach(f => f.Weights).Must(v => CriteriaForm.IsNumber(v, emptyAllowed: false))
            .WithMessage(_ => t["A weight is a whole number from 1 to 100."]);
        RuleForEach(f => f.Thresholds).Must(v => CriteriaForm.IsNumber(v, emptyAllowed: true))
            .WithMessage(_ => t["A threshold is a whole number from 0 to 5, or empty for none."]);
    }
}
