using FluentValidation;
using ICP.Infrastructure.Identity;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class StaffInvitationFormValidator : AbstractValidator<StaffInvitationForm>
{
    public StaffInvitationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage(_ => t["Enter the name."]).MaximumLength(200).WithMessage(_ => t["Use at most {0} characters.", 200])
            .PlainName(t);
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => t["Enter the e-mail address."]).EmailAddress().WithMessage(_ => t["Enter a valid e-mail address."])
            .MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256]);
        RuleFor(f => f.Role).Must(r => StaffRoles.All.Contains(r)).WithMessage(_ => t["Choose a role."]);
    }
}
