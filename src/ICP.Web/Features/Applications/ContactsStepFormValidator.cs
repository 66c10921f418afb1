using System.Linq.Expressions;
using System.Text.RegularExpressions;
using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class ContactsStepFormValidator : AbstractValidator<ContactsStepForm>
{
    public ContactsStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        Contact(t, f => f.PoliticalLeadName, f => f.PoliticalLeadRole, f => f.PoliticalLeadEmail, f => f.PoliticalLeadPhone);
        Contact(t, f => f.CoordinatorName, f => f.CoordinatorRole, f => f.CoordinatorEmail, f => f.CoordinatorPhone);
    }

    /// <summary>The same rules for both contacts: formats when filled, everything to submit.</summary>
    private void Contact(
        IStringLocalizer<SharedResource> t,
        Expression<Func<ContactsStepForm, string>> name, Expression<Func<ContactsStepForm, string>> role,
        Expression<Func<ContactsStepForm, string>> email, Expression<Func<ContactsStepForm, string>> phone)
    {
        RuleFor(name).MaximumLength(StepLimits.NameLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.NameLength]);
        RuleFor(role).MaximumLength(StepLimits.ShortText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.ShortText]);
        RuleFor(email).MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256])
            .Must(value => string.IsNullOrWhiteSpace(value) || EmailShape().IsMatch(value.Trim()))
            .WithMessage(_ => t["Enter a valid e-mail address."]);
        RuleFor(phone).MaximumLength(30).WithMessage(_ => t["Use at most {0} characters.", 30])
            .Must(value => string.IsNullOrWhiteSpace(value) || PhoneShape().IsMatch(value.Trim()))
            .WithMessage(_ => t["Enter a phone number with its country code, e.g. +32 2 299 11 11."]);
        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(name).NotEmpty().WithMessage(_ => t["Enter the name."]);
            RuleFor(role).NotEmpty().WithMessage(_ => t["Enter the role."]);
            RuleFor(email).NotEmpty().WithMessage(_ => t["Enter the e-mail address."]);
            RuleFor(phone).NotEmpty().WithMessage(_ => t["Enter the phone number."]);
        });
    }

    private static Regex EmailShape() => EmailPattern;

    private static Regex PhoneShape() => PhonePattern;

    // Linear-time matching (no backtracking) instead of a match timeout: the timeout was measured on
    // the wall clock, so on a busy machine a thread paused mid-match "timed out" on an ordinary
    // address and the step page answered 500 (found by SubmissionRushTests). The inputs are short
    // and length-limited before these run.
    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.NonBacktracking);

    private static readonly Regex PhonePattern = new(@"^\+?[0-9 ()./-]{6,30}$", RegexOptions.NonBacktracking);
}
