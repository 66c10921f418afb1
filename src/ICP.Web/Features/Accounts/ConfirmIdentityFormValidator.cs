using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class ConfirmIdentityFormValidator : AbstractValidator<ConfirmIdentityForm>
{
    public ConfirmIdentityFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Enter your password."])
            .MaximumLength(128).WithMessage(_ => t["Use at most {0} characters.", 128]);
        RuleFor(f => f.Code).MaximumLength(20).WithMessage(_ => t["Use at most {0} characters.", 20]);
    }
}
