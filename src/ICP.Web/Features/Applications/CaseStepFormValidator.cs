using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class CaseStepFormValidator : AbstractValidator<CaseStepForm>
{
    public CaseStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.MainChallenge).MaximumLength(StepLimits.LongText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.LongText]);
        RuleFor(f => f.GoodPractices).MaximumLength(StepLimits.LongText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.LongText]);
        RuleFor(f => f.InternationalExperience).MaximumLength(StepLimits.MediumText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.MediumText]);
        RuleFor(f => f.Stakeholders).MaximumLength(StepLimits.MediumText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.MediumText]);
        RuleFor(f => f.ExpectedResults).MaximumLength(StepLimits.MediumText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.MediumText]);
        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(f => f.MainChallenge).NotEmpty().WithMessage(_ => t["Describe the main urban challenge."])
                .MinimumLength(StepLimits.MinimumCaseText).WithMessage(_ => t["Write at least {0} characters.", StepLimits.MinimumCaseText]);
            RuleFor(f => f.GoodPractices).NotEmpty().WithMessage(_ => t["Describe the good practices the city can share."])
                .MinimumLength(StepLimits.MinimumCaseText).WithMessage(_ => t["Write at least {0} characters.", StepLimits.MinimumCaseText]);
            RuleFor(f => f.InternationalExperience).NotEmpty().WithMessage(_ => t["Describe the city's experience of international cooperation (or say it has none)."]);
            RuleFor(f => f.Stakeholders).NotEmpty().WithMessage(_ => t["Name the local stakeholders to involve."]);
            RuleFor(f => f.ExpectedResults).NotEmpty().WithMessage(_ => t["Describe the expected results."])
                .MinimumLength(StepLimits.MinimumCaseText).WithMessage(_ => t["Write at least {0} characters.", StepLimits.MinimumCaseText]);
        });
    }
}
