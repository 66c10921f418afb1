using System.Text.RegularExpressions;
using FluentValidation;
using ICP.Domain.Cooperation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Cooperation;

public sealed partial class DelegateFormValidator : AbstractValidator<DelegateForm>
{
    public DelegateFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t["Enter the delegate's name."])
            .MaximumLength(VisitDelegate.NameLength).WithMessage(_ => t["Use at most {0} characters.", VisitDelegate.NameLength])
            .PlainName(t);
        RuleFor(f => f.Role).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t["Enter the delegate's role."])
            .MaximumLength(VisitDelegate.RoleLength).WithMessage(_ => t["Use at most {0} characters.", VisitDelegate.RoleLength])
            .PlainName(t);
        RuleFor(f => f.Email).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => t["Enter the delegate's e-mail address."])
            .MaximumLength(VisitDelegate.EmailLength).WithMessage(_ => t["Use at most {0} characters.", VisitDelegate.EmailLength])
            .Must(v => EmailShape().IsMatch(v.Trim())).WithMessage(_ => t["Enter a valid e-mail address."]);
    }

    // Linear-time matching: the input is length-limited before this runs (see the contacts step).
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.NonBacktracking)]
    private static partial Regex EmailShape();
}
