using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class CapacityStepFormValidator : AbstractValidator<CapacityStepForm>
{
    public CapacityStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.StaffDaysPerMonth).InclusiveBetween(0, 31).When(f => f.StaffDaysPerMonth is not null)
            .WithMessage(_ => t["Enter a number of days between {0} and {1}.", 0, 31]);
        RuleFor(f => f.DelegationSize).InclusiveBetween(1, StepLimits.MaximumDelegation).When(f => f.DelegationSize is not null)
            .WithMessage(_ => t["Enter a delegation of {0} to {1} people.", 1, StepLimits.MaximumDelegation]);
        RuleFor(f => f.WillingToHost).Must(v => v is "" or "yes" or "no").WithMessage(_ => t["Answer yes or no."]);
        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(f => f.StaffDaysPerMonth).NotNull().WithMessage(_ => t["Enter the staff time."]);
            RuleFor(f => f.DelegationSize).NotNull().WithMessage(_ => t["Enter the delegation size."]);
            RuleFor(f => f.AvailableForBothStudyVisits).Equal(true).WithMessage(_ => t["Both six-day study visits are part of the programme: confirm the city can take part."]);
            RuleFor(f => f.WillingToHost).NotEmpty().WithMessage(_ => t["Answer yes or no."]);
            RuleFor(f => f.WorkingLanguageEnglish).Equal(true).WithMessage(_ => t["The programme works in English: confirm the city's team can."]);
        });
    }
}
