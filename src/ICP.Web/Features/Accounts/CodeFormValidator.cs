using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class CodeFormValidator : AbstractValidator<CodeForm>
{
    public CodeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage(_ => t["Enter the code."])
            .MaximumLength(20).WithMessage(_ => t["Use at most {0} characters.", 20]);
    }
}
