using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => t["Say why the application is withdrawn."])
            .MaximumLength(TextLimits.Reason).WithMessage(_ => t["Use at most {0} characters.", TextLimits.Reason]);
    }
}
