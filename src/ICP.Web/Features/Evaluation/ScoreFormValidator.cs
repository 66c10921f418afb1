using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Evaluation;

/// <summary>What an evaluator may send: scores 0–5 (or none yet) and comments that fit their columns.</summary>
public sealed class ScoreFormValidator : AbstractValidator<ScoreForm>
{
    public ScoreFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleForEach(f => f.Scores).ChildRules(score =>
        {
            score.RuleFor(s => s.Score).InclusiveBetween(0, 5).When(s => s.Score is not null)
                .WithMessage(_ => t["A score is a whole number from 0 to 5."]);
            score.RuleFor(s => s.Comment).MaximumLength(TextLimits.CriterionComment)
                .WithMessage(_ => t["Use at most {0} characters.", TextLimits.CriterionComment]);
        });
        RuleFor(f => f.Comment).MaximumLength(TextLimits.EvaluationComment).WithMessage(_ => t["Use at most {0} characters.", TextLimits.EvaluationComment]);
    }
}
